/** Text without diacritics, Đ/đ included, as readers type it on an English keyboard. */
export function plainLetters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/Đ/g, "D")
    .replace(/đ/g, "d");
}
