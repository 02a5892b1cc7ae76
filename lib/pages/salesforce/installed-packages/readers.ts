/**
 * Setup › Installed Packages: the installed packages and the Marketo Sales
 * Insight package among them (checklist row 6, domain.md §5.1).
 */
import { labelSet } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import {
  allLabels,
  MSI_NAMESPACE,
  MSI_PACKAGE_NAME,
  NAMESPACE_PREFIX,
  PACKAGE_NAME,
  PUBLISHER,
  VERSION_NUMBER,
} from '../labels';
import { REASONS } from '../reasons';
import { cellText, readTable, type TableRead } from '../table';

export interface InstalledPackage {
  name: string;
  version?: string;
  namespace?: string;
  publisher?: string;
}

const COLUMNS = {
  name: labelSet(allLabels(PACKAGE_NAME)),
  publisher: labelSet(allLabels(PUBLISHER)),
  version: labelSet(allLabels(VERSION_NUMBER)),
  namespace: labelSet(allLabels(NAMESPACE_PREFIX)),
};
type Column = keyof typeof COLUMNS;

/**
 * A name column alone is any list (Setup's "Most Recently Used" has one); the
 * installed-packages list also shows a publisher or a version. That also
 * leaves out "Uninstalled Packages" (no version, no publisher).
 */
const isPackageList = (columns: ReadonlySet<Column>) => columns.has('publisher') || columns.has('version');

function packagesTable(root: ParentNode): TableRead<Column> | null {
  return readTable(root, COLUMNS, 'name', isPackageList);
}

/** The packages listed on the page, in page order ([] for an empty list). */
export function readInstalledPackages(root: ParentNode): Found<InstalledPackage[]> {
  const table = packagesTable(root);
  if (!table) return notFound(REASONS.noPackagesTable);
  const packages: InstalledPackage[] = [];
  for (const { cells } of table.rows) {
    const name = cellText(cells.name);
    if (!name) continue;
    const pkg: InstalledPackage = { name };
    for (const key of ['version', 'namespace', 'publisher'] as const) {
      const value = cellText(cells[key]);
      if (value) pkg[key] = value;
    }
    packages.push(pkg);
  }
  return found(packages);
}

/** Marketo Sales Insight: namespace `mkto_si`, or the package name (when no namespace column). */
export function isMsiPackage(pkg: InstalledPackage): boolean {
  if (pkg.namespace) return pkg.namespace.toLowerCase() === MSI_NAMESPACE;
  return pkg.name.replace(/\s+/g, ' ').toLowerCase() === MSI_PACKAGE_NAME.toLowerCase();
}

/** The Marketo Sales Insight entry of the list; a miss says whether the list or the package is missing. */
export function findMsiPackage(root: ParentNode): Found<InstalledPackage> {
  const packages = readInstalledPackages(root);
  if (!packages.found) return packages;
  const msi = packages.value.find(isMsiPackage);
  return msi ? found(msi) : notFound(REASONS.msiPackageMissing);
}

/** The Installed Packages table, for "show me". */
export function locateInstalledPackagesTable(root: ParentNode): Found<HTMLElement> {
  const table = packagesTable(root);
  return table ? found(table.table as HTMLElement) : notFound(REASONS.noPackagesTable);
}
