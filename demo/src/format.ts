export function frDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function ageLabel(iso: string, today = new Date()): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let months = (today.getFullYear() - y) * 12 + (today.getMonth() + 1 - m);
  if (today.getDate() < d) months -= 1;
  return months < 24 ? `${months} mois` : `${Math.floor(months / 12)} ans`;
}
