/**
 * How a phone number, an e-mail address and a website become links: one rule for the pages, the statements and
 * the verwijswijzer island. A tel: link keeps only digits and "+"; a website is shown without its https://.
 */

export type ContactSoort = 'telefoon' | 'email' | 'website';

export const CONTACT_LABELS: Record<ContactSoort, string> = { telefoon: 'Telefoon', email: 'E-mail', website: 'Website' };

export interface ContactLink {
  soort: ContactSoort;
  /** "Telefoon", "E-mail", "Website". */
  label: string;
  href: string;
  /** What the link shows. */
  tekst: string;
}

export function telefoonHref(nummer: string): string {
  return `tel:${nummer.replace(/[^0-9+]/g, '')}`;
}

/** "https://www.ggd.nl/jgz" → "www.ggd.nl/jgz". */
export function websiteTekst(website: string): string {
  return website.replace(/^https?:\/\//, '');
}

/** The links of a contact (an aanbieder, a region's contact), phone first, as far as it has them. */
export function contactLinks(contact: { telefoon?: string | undefined; email?: string | undefined; website?: string | undefined }): ContactLink[] {
  const links: ContactLink[] = [];
  if (contact.telefoon) links.push({ soort: 'telefoon', label: CONTACT_LABELS.telefoon, href: telefoonHref(contact.telefoon), tekst: contact.telefoon });
  if (contact.email) links.push({ soort: 'email', label: CONTACT_LABELS.email, href: `mailto:${contact.email}`, tekst: contact.email });
  if (contact.website) links.push({ soort: 'website', label: CONTACT_LABELS.website, href: contact.website, tekst: websiteTekst(contact.website) });
  return links;
}
