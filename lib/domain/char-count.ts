// 字数 as Chinese editors count it: every character, punctuation included, but
// not spaces or line breaks. A Latin word counts by its letters, as in WPS.

export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}
