import { createContext, type ReactNode, useContext } from 'react';

/** The heading level of the CSV report's sections: 3 in the panel (under its h2), 2 on the checker page (under its h1). */
export const CsvHeadingLevel = createContext<2 | 3>(3);

export function CsvHeading({ id, children }: { id?: string; children: ReactNode }) {
  const Tag = useContext(CsvHeadingLevel) === 2 ? 'h2' : 'h3';
  return <Tag {...(id ? { id } : {})}>{children}</Tag>;
}
