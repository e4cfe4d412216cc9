import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatIcon } from '@angular/material/icon';
import { NIAGA_ICON_NAMES, niagaIconSvg, provideNiagaIcons } from './niaga-icons';

@Component({
  imports: [MatIcon],
  template: `<mat-icon svgIcon="home" />`,
})
class Host {}

describe('niaga icons', () => {
  it('builds a self-contained SVG for every icon, with no external reference', () => {
    for (const name of NIAGA_ICON_NAMES) {
      const svg = niagaIconSvg(name);
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 24 24"[^>]*><path d="M[^"]+"\/><\/svg>$/);
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|url\(/);
    }
  });

  it('renders a registered icon inline, without HTTP', async () => {
    TestBed.configureTestingModule({ providers: [provideNiagaIcons()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('mat-icon svg');
    expect(svg).not.toBeNull();
    expect(svg?.querySelector('path')?.getAttribute('d')).toContain('M10 20v-6h4v6h5v-8h3L12 3');
  });
});
