import { hash, random } from './prng.ts';
import { tokenize } from './tokenize.ts';

const WORDS = (
  'stream event delta token response model server client request schema buffer frame parser ' +
  'latency budget header payload sequence index output item content part usage reasoning ' +
  'summary tool call function argument result status signal chunk byte render block memo ' +
  'thread turn chain cache query store key proxy origin network socket protocol spec field'
).split(' ');

export const DEFAULT_LONG_TOKENS = 1200;
export const MAX_LONG_TOKENS = 200_000;

/** "write 20000 tokens" in the input asks for that length; otherwise the default. */
export function requestedLength(text: string): number {
  const match = /(\d[\d_,]*)\s*(tokens|words)\b/i.exec(text);
  if (!match?.[1]) return DEFAULT_LONG_TOKENS;
  const n = Number(match[1].replace(/[_,]/g, ''));
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_LONG_TOKENS) : DEFAULT_LONG_TOKENS;
}

function sentence(rand: () => number): string {
  const length = 6 + Math.floor(rand() * 10);
  const words = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'token');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function section(rand: () => number, n: number): string {
  const parts = [`## Part ${n}`];
  parts.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' '));
  switch (n % 4) {
    case 1:
      parts.push(Array.from({ length: 4 }, () => `- ${sentence(rand)}`).join('\n'));
      break;
    case 2:
      parts.push(`\`\`\`ts\nconst part${n} = await stream.next(); // ${sentence(rand)}\n\`\`\``);
      break;
    case 3:
      parts.push(
        `| figure | value |\n| --- | --- |\n| part | ${n} |\n| seed | ${Math.floor(rand() * 1000)} |`,
      );
      break;
    default:
      parts.push(`> ${sentence(rand)}`);
  }
  parts.push(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' '));
  return parts.join('\n\n');
}

/** The `local-long` reply: a markdown essay of about `tokens` streamed pieces. */
export function longReply(input: string, tokens: number): string {
  const rand = random(hash(input));
  const sections = ['# A long answer'];
  let count = tokenize(sections[0] ?? '').length;
  for (let n = 1; count < tokens; n++) {
    const next = section(rand, n);
    sections.push(next);
    count += tokenize(`\n\n${next}`).length;
  }
  const text = sections.join('\n\n');
  return tokenize(text).slice(0, tokens).join('');
}
