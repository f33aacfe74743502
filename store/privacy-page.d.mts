export function publicPrivacyPage(html: string, css: string): string;
