import { ROLE_PERMISSIONS, type Permission, type Role } from '@niaga/shared/contracts';
import { NAV_ITEMS } from './nav.config';
import { navLinks, routesFromNav, visibleNavEntries, type NavNode } from './nav.model';

function canAnyFor(role: Role | null) {
  const held: readonly Permission[] = role ? ROLE_PERMISSIONS[role] : [];
  return (anyOf: readonly Permission[]) => anyOf.length === 0 || anyOf.some((p) => held.includes(p));
}

const ids = (role: Role | null) => visibleNavEntries(NAV_ITEMS, canAnyFor(role)).map((e) => e.id);

describe('navigation config', () => {
  it('shows an admin the whole product menu, in order, with the customer group under sales › customers', () => {
    const entries = visibleNavEntries(NAV_ITEMS, canAnyFor('admin'));
    expect(entries.map((e) => `${'  '.repeat(e.depth)}${e.id}`)).toEqual([
      'home',
      'sales',
      '  customers',
      '    customer-groups',
      '    customer-list',
      '  sales-orders',
      '  invoices',
      '  payments',
      'reports',
      'settings',
    ]);
  });

  it('hides entries the user has no permission for', () => {
    expect(ids('viewer')).not.toContain('settings');
    expect(ids('viewer')).toContain('reports');
    expect(ids('viewer')).toContain('customer-groups');
    expect(ids('sales')).not.toContain('reports');
    expect(ids('sales')).not.toContain('settings');
    expect(ids('sales')).toContain('sales-orders');
    expect(ids('finance')).not.toContain('settings');
  });

  it('hides a group when nothing below it is visible', () => {
    expect(ids(null)).toEqual(['home']);
  });

  it('marks the features that do not exist yet as unavailable, without a route', () => {
    // Feature libraries go live one by one, so the lists follow the config rather than naming the features.
    const entries = visibleNavEntries(NAV_ITEMS, canAnyFor('admin'));
    const unavailable = entries.filter((e) => e.kind === 'link' && !e.available).map((e) => e.id);
    const links = navLinks(NAV_ITEMS);
    expect(unavailable).toEqual(links.filter((l) => !l.available).map((l) => l.id));
    expect(routesFromNav(NAV_ITEMS).map((r) => r.path)).toEqual(links.filter((l) => l.available).map((l) => l.path));
    // Live: the customer feature (customer groups and the customer list).
    expect(unavailable).not.toContain('customer-groups');
    expect(unavailable).not.toContain('customer-list');
    expect(routesFromNav(NAV_ITEMS).map((r) => r.path)).toEqual(expect.arrayContaining(['', 'sales/customer-groups', 'sales/customers']));
  });

  it('has a loader on every available link and none on an unavailable one, with unique ids and paths', () => {
    const links = navLinks(NAV_ITEMS);
    for (const link of links) {
      expect(!!(link.loadComponent || link.loadChildren)).toBe(link.available);
    }
    const allIds = visibleNavEntries(NAV_ITEMS, () => true).map((e) => e.id);
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(new Set(links.map((l) => l.path)).size).toBe(links.length);
  });

  it('turns an available feature into a lazy route guarded by its permissions', () => {
    const loadChildren = () => Promise.resolve([]);
    const nodes: NavNode[] = [
      { id: 'x', labelKey: 'nav.reports', icon: 'reports', path: 'reports', anyOf: ['reports:read'], available: true, loadChildren },
    ];
    const [route] = routesFromNav(nodes);
    expect(route.path).toBe('reports');
    expect(route.loadChildren).toBe(loadChildren);
    expect(route.pathMatch).toBeUndefined();
    expect(route.canActivate).toHaveLength(1);
  });
});
