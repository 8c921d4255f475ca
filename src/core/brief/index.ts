import type { Analysis, ExtractedArticle } from '../types.js';
import { leadSummary } from './summary.js';

/** Summary, actors and quotes of an extracted article. */
export function analyse(article: ExtractedArticle): Analysis {
  return { summary: leadSummary(article.blocks), actors: [], quotes: [] };
}
