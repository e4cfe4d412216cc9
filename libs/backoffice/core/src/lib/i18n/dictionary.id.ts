import type { Permission, Role } from '@niaga/shared/contracts';

/**
 * Bahasa Indonesia — the reference dictionary: its keys are the TranslationKey type, and every
 * other language must define exactly these keys. Placeholders are written `{name}`.
 * Role and permission names are required for every role/permission of the shared contract.
 */
export const ID_DICTIONARY = {
  'app.name': 'Niaga',
  'app.tagline': 'Back office penjualan',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'lang.switch': 'Ganti bahasa',

  'shell.toggleNav': 'Buka atau tutup menu',
  'shell.userMenu': 'Menu pengguna',
  'shell.roles': 'Peran',
  'shell.logout': 'Keluar',
  'shell.mainNav': 'Navigasi utama',

  'nav.home': 'Beranda',
  'nav.sales': 'Penjualan',
  'nav.customers': 'Pelanggan',
  'nav.customerGroups': 'Kelompok Pelanggan',
  'nav.customerList': 'Daftar Pelanggan',
  'nav.salesOrders': 'Pesanan Penjualan',
  'nav.invoices': 'Faktur',
  'nav.payments': 'Pembayaran',
  'nav.reports': 'Laporan',
  'nav.settings': 'Pengaturan',
  'nav.comingSoon': 'segera',
  'nav.comingSoonHint': 'Fitur ini belum tersedia dan akan segera hadir',

  'login.title': 'Masuk ke Niaga',
  'login.subtitle': 'Gunakan email dan kata sandi akun Anda.',
  'login.email': 'Email',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.submitting': 'Memproses…',
  'login.emailRequired': 'Email wajib diisi.',
  'login.emailInvalid': 'Format email tidak valid.',
  'login.passwordRequired': 'Kata sandi wajib diisi.',
  'login.failed': 'Gagal masuk.',

  'error.network': 'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
  'error.unexpected': 'Terjadi kesalahan yang tidak terduga. Coba lagi.',

  'home.welcome': 'Selamat datang, {name}',
  'home.signedInAs': 'Anda masuk sebagai {email}.',
  'home.roles': 'Peran Anda',
  'home.permissions': 'Yang dapat Anda lakukan',
  'home.noPermissions': 'Akun Anda belum memiliki hak akses. Hubungi administrator.',

  'role.admin': 'Administrator',
  'role.finance': 'Keuangan',
  'role.supervisor': 'Supervisor',
  'role.sales': 'Penjualan',
  'role.viewer': 'Pengamat',

  'permission.settings:manage': 'Mengelola pengaturan perusahaan dan batas kredit default',
  'permission.customers:read': 'Melihat pelanggan, kelompok pelanggan dan status kredit',
  'permission.customers:write': 'Menambah dan mengubah pelanggan, kelompok pelanggan dan batas kredit pelanggan',
  'permission.transactions:create': 'Membuat pesanan penjualan, faktur dan pembayaran',
  'permission.credit:override': 'Melewati blokir batas kredit dengan menuliskan alasan',
  'permission.notifications:read': 'Menerima notifikasi dan rekap kredit harian',
  'permission.reports:read': 'Melihat laporan penjualan, umur piutang dan pemakaian kredit',
  'permission.users:manage': 'Mengelola pengguna dan kunci API',
} as const satisfies Record<`role.${Role}` | `permission.${Permission}`, string> & Record<string, string>;

export type TranslationKey = keyof typeof ID_DICTIONARY;

/** A complete dictionary: one text for every key. */
export type Dictionary = Readonly<Record<TranslationKey, string>>;
