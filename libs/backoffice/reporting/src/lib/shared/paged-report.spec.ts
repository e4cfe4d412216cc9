import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { type PagedResult, type PagingState, pagedReport } from './paged-report';

interface Filters {
  q?: string;
}
type Result = PagedResult & { items: string[] };

@Component({ template: '' })
class Host {
  readonly calls: { query: Filters & PagingState; reply: Subject<Result> }[] = [];
  readonly report = pagedReport<Filters, Result>({
    initial: {},
    load: (query) => {
      const reply = new Subject<Result>();
      this.calls.push({ query, reply });
      return reply;
    },
    failedKey: 'reports.loadFailed',
  });
}

async function host() {
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  return { fixture, host: fixture.componentInstance, stable: () => fixture.whenStable() };
}

describe('pagedReport', () => {
  it('loads the first page, then again on every filter or page change, back to page 1 on filters', async () => {
    const { host: h, stable } = await host();
    expect(h.calls.map((c) => c.query)).toEqual([{ page: 1, pageSize: 50 }]);
    expect(h.report.loading()).toBe(true);
    h.calls[0].reply.next({ items: ['a'], total: 120 });
    h.calls[0].reply.complete();
    expect(h.report.loading()).toBe(false);
    expect(h.report.total()).toBe(120);

    h.report.setPage({ pageIndex: 2, pageSize: 50 });
    await stable();
    h.report.setFilters({ q: 'x' });
    await stable();
    expect(h.calls.map((c) => c.query)).toEqual([
      { page: 1, pageSize: 50 },
      { page: 3, pageSize: 50 },
      { q: 'x', page: 1, pageSize: 50 },
    ]);
    // The superseded request was dropped.
    expect(h.calls[1].reply.observed).toBe(false);
  });

  it('steps back to the last page when the one asked for is past the end', async () => {
    const { host: h, stable } = await host();
    h.calls[0].reply.next({ items: ['a'], total: 120 });
    h.report.setPage({ pageIndex: 2, pageSize: 50 });
    await stable();
    h.calls[1].reply.next({ items: [], total: 60 });
    await stable();
    expect(h.calls[2].query).toEqual({ page: 2, pageSize: 50 });
    expect(h.report.result()?.items).toEqual(['a']);
  });

  it('keeps an error until the next load', async () => {
    const { host: h } = await host();
    h.calls[0].reply.error(new Error('boom'));
    expect(h.report.error()).toBe('reports.loadFailed');
    expect(h.report.loading()).toBe(false);
    h.report.reload();
    expect(h.report.error()).toBeNull();
    expect(h.calls).toHaveLength(2);
  });
});
