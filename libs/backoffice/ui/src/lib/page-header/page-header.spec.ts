import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageHeader } from './page-header';

@Component({
  imports: [PageHeader],
  template: `<niaga-page-header [title]="title" [subtitle]="subtitle"><button>New</button></niaga-page-header>`,
})
class Host {
  title = 'Kelompok Pelanggan';
  subtitle: string | null = 'Daftar kelompok';
}

describe('PageHeader', () => {
  it('renders title, subtitle and projected actions', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toBe('Kelompok Pelanggan');
    expect(el.querySelector('.subtitle')?.textContent).toBe('Daftar kelompok');
    expect(el.querySelector('.actions button')?.textContent).toBe('New');
  });

  it('omits the subtitle when there is none', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.subtitle = null;
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('.subtitle')).toBeNull();
  });
});
