/**
 * Briefs as Markdown and as plain text: one formatter for the CLI and the popup's "copy" buttons.
 */
import type { Brief, Removed } from './types.js';

const EMBED_NAMES: Record<string, string> = {
  x: 'Post on X',
  youtube: 'YouTube video',
  instagram: 'Instagram post',
  tiktok: 'TikTok video',
  facebook: 'Facebook post',
  spotify: 'Spotify player',
  podcast: 'Podcast player',
};

export function embedLabel(removed: Removed): string {
  return EMBED_NAMES[removed.provider ?? ''] ?? 'Embedded content';
}

function metaLine(brief: Brief): string {
  return [
    brief.siteName,
    brief.byline,
    brief.publishedTime,
    brief.readingMinutes ? `${brief.readingMinutes} min read` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

const escapeMd = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function briefToMarkdown(brief: Brief): string {
  const out: string[] = [`# ${escapeMd(brief.title ?? 'Untitled')}`];
  const meta = metaLine(brief);
  if (meta) out.push('', `_${escapeMd(meta)}_`);
  if (brief.url) out.push('', `<${brief.url}>`);
  if (!brief.article) {
    out.push('', 'This page is not an article.');
    return `${out.join('\n')}\n`;
  }
  if (brief.summary.length) out.push('', '## Summary', '', ...brief.summary.map((s) => `- ${escapeMd(s)}`));
  if (brief.actors.length) {
    out.push('', '## Key actors', '');
    for (const a of brief.actors) {
      const role = a.role ? ` — ${escapeMd(a.role)}` : '';
      const quotes = a.quotes ? ` (${a.quotes} quote${a.quotes > 1 ? 's' : ''})` : '';
      out.push(`- ${a.key ? '**' : ''}${escapeMd(a.name)}${a.key ? '**' : ''}${role}${quotes}`);
    }
  }
  if (brief.quotes.length) {
    out.push('', '## Quotes', '');
    for (const q of brief.quotes)
      out.push(`> “${escapeMd(q.text)}” — ${q.speaker ? escapeMd(q.speaker) : 'unattributed'}`, '');
    out.pop();
  }
  const embeds = brief.removed.filter((r) => r.kind === 'consent-embed');
  if (embeds.length) {
    out.push('', '## Blocked embeds', '');
    for (const e of embeds)
      out.push(`- ${embedLabel(e)}${e.url ? `: <${e.url}>` : ' (address not kept by the page)'}`);
  }
  const cleaned = brief.removed.length;
  if (cleaned) out.push('', `_Unwall cleaned ${cleaned} item${cleaned > 1 ? 's' : ''} from this page._`);
  return `${out.join('\n')}\n`;
}

export function briefToText(brief: Brief): string {
  const out: string[] = [brief.title ?? 'Untitled'];
  const meta = metaLine(brief);
  if (meta) out.push(meta);
  if (!brief.article) return `${out.join('\n')}\n\nThis page is not an article.\n`;
  if (brief.summary.length) out.push('', 'SUMMARY', ...brief.summary.map((s) => `  ${s}`));
  if (brief.actors.length) {
    out.push('', 'KEY ACTORS');
    for (const a of brief.actors)
      out.push(
        `  ${a.key ? '*' : '-'} ${a.name}${a.role ? ` — ${a.role}` : ''}${a.quotes ? ` [${a.quotes} quote${a.quotes > 1 ? 's' : ''}]` : ''}`,
      );
  }
  if (brief.quotes.length) {
    out.push('', 'QUOTES');
    for (const q of brief.quotes) out.push(`  “${q.text}”`, `      — ${q.speaker ?? 'unattributed'}`);
  }
  if (brief.removed.length) {
    out.push('', 'CLEANED');
    for (const r of brief.removed) {
      const what = r.kind === 'consent-embed' ? `${embedLabel(r)}${r.url ? ` → ${r.url}` : ''}` : r.text;
      out.push(`  - ${r.kind}: ${what}`);
    }
  }
  return `${out.join('\n')}\n`;
}
