/**
 * Prior weights of the speaker choice: what the constructions mean before any data is seen, set by
 * hand. The fit (scripts/fit-speakers.ts) starts from them and is pulled back towards them, so a
 * feature that the labelled articles rarely show (an organisation speaking, an unnamed source)
 * keeps its meaning instead of drifting to zero.
 */
export const PRIOR: Readonly<Record<string, number>> = {
  'none:bias': 0,
  // An unnamed source or a text in the quote's own frame: nobody, whoever else is around.
  'none:unnamed': 4,
  'none:anonymous': 5,
  'none:document': 4,
  // A quote going on with an open one left unattributed (continue-open.ts).
  'none:cont-open': 2,
  'none:no-frame': 1,
  'none:no-agent': 0.5,
  'none:implicit': 0.5,
  'none:heading': 2,
  'none:fragment': 0.5,
  // A verb with no subject after "el alcalde ha subrayado …", and nobody is named mayor.
  'none:desc-topic': 1,
  'none:pron-unnamed': 1,
  'none:desc-conflict': 1,
  // Frames in the quote's sentence name the speaker; the next sentence or a label a little less surely.
  'f:post-inv': 3,
  'f:post-subj': 3,
  'f:pre-subj': 2.5,
  'f:pre-inv': 2.5,
  'f:pre-subj:embedded': 1,
  'f:pre-inv:embedded': 1,
  // ", Councilwoman Psimas said." closing a sentence of reported speech the quote sits in.
  'f:post-subj:final': 2,
  'f:post-inv:final': 2,
  'f:source': 3,
  'f:colon': 2,
  'f:next': 2,
  'f:label:after': 1.5,
  'f:label:before': 1.5,
  'f:label:paren': 3,
  'f:label:signed': 3,
  'f:agent': 2.5,
  'f:subject': 1,
  'agent:later': -1,
  'frame:other-block': -0.5,
  // A name is surer than a pronoun, a pronoun than a description.
  'via:name': 1,
  'via:pron': 0.5,
  'ante:0': 0.5,
  'ante:free': 0.3,
  'ante:cataphora': 0.5,
  'via:desc': 0.2,
  'desc:role': 0.8,
  'desc:generic': 0.3,
  'desc:loose': 0,
  'desc:conflict': -1.5,
  'desc:far': -0.5,
  'via:org': 0.5,
  'via:orgdesc': 0.5,
  'is-org': 0,
  // A quote that goes on keeps its speaker, unless someone else was named in between.
  cont: 1,
  'cont:same-block': 0.5,
  'cont:next-block': 0.3,
  'cont:far': -1,
  'cont:opens': 0.5,
  'cont:quote-only': 0.5,
  'cont:other-named': -1.5,
  // A verb of going on with a pronoun subject: the last speaker goes on (continue-verb.ts).
  'cont:verb': 1.5,
  'ante:cont-verb-other': -1.5,
  'topic:0': 0.5,
  'topic:lead-in': 0.5,
  // The one named before a description that is nobody named ("… José Heredia … El alcalde dijo").
  'topic:past-desc': -1,
  // An organisation no frame of the quote names (candidates.ts).
  'org:context-only': -2,
  'ante:past-unnamed': -1,
  'ctx:speaker': 1,
  'topic:prodrop': 1,
  'topic:no-subject': 0,
  'topic:embedded': -1,
  'context:other-frame': -2,
  // The one spoken about or to inside the quote is rarely its speaker.
  'named-inside': -1.5,
  implicit: 0,
};
