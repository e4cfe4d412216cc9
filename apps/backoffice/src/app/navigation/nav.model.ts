import type { Route } from '@angular/router';
import { permissionGuard, type TranslationKey } from '@niaga/backoffice/core';
import type { NiagaIconName } from '@niaga/backoffice/ui';
import type { Permission } from '@niaga/shared/contracts';

interface NavBase {
  /** Stable id (tests, tracking). */
  id: string;
  labelKey: TranslationKey;
  icon: NiagaIconName;
}

/** A heading that groups entries; shown when at least one entry below it is shown. */
export interface NavGroup extends NavBase {
  children: readonly NavNode[];
}

/** A page. */
export interface NavLink extends NavBase {
  /** Router path from the root, without a leading slash (`''` is home). */
  path: string;
  /** Shown to users holding at least one of these; `[]` = every signed-in user. Also guards the route. */
  anyOf: readonly Permission[];
  /**
   * false: the feature library does not exist yet — the entry is shown disabled with a
   * "coming soon" hint and no route is registered. Flip to true together with adding the loader.
   */
  available: boolean;
  loadComponent?: Route['loadComponent'];
  loadChildren?: Route['loadChildren'];
}

export type NavNode = NavGroup | NavLink;

export function isNavGroup(node: NavNode): node is NavGroup {
  return 'children' in node;
}

/** One row of the side navigation, flattened for rendering. */
export interface NavEntry {
  id: string;
  kind: 'group' | 'link';
  labelKey: TranslationKey;
  icon: NiagaIconName;
  depth: number;
  /** `/customers` etc.; null for groups. */
  url: string | null;
  available: boolean;
}

/** The rows the user may see, in order: links they have a permission for and the groups above them. */
export function visibleNavEntries(
  nodes: readonly NavNode[],
  canAny: (permissions: readonly Permission[]) => boolean,
  depth = 0,
): NavEntry[] {
  const rows: NavEntry[] = [];
  for (const node of nodes) {
    if (isNavGroup(node)) {
      const below = visibleNavEntries(node.children, canAny, depth + 1);
      if (below.some((row) => row.kind === 'link')) {
        rows.push({ id: node.id, kind: 'group', labelKey: node.labelKey, icon: node.icon, depth, url: null, available: true });
        rows.push(...below);
      }
    } else if (canAny(node.anyOf)) {
      rows.push({
        id: node.id,
        kind: 'link',
        labelKey: node.labelKey,
        icon: node.icon,
        depth,
        url: `/${node.path}`,
        available: node.available,
      });
    }
  }
  return rows;
}

export function navLinks(nodes: readonly NavNode[]): NavLink[] {
  return nodes.flatMap((node) => (isNavGroup(node) ? navLinks(node.children) : [node]));
}

/** The lazy routes of the available links, each guarded by its permissions. */
export function routesFromNav(nodes: readonly NavNode[]): Route[] {
  return navLinks(nodes)
    .filter((link) => link.available && (link.loadComponent || link.loadChildren))
    .map((link) => ({
      path: link.path,
      ...(link.path === '' ? { pathMatch: 'full' as const } : {}),
      canActivate: [permissionGuard(link.anyOf)],
      ...(link.loadComponent ? { loadComponent: link.loadComponent } : {}),
      ...(link.loadChildren ? { loadChildren: link.loadChildren } : {}),
    }));
}
