import type { Dictionary } from './dictionary.id';

/** English. Typed as Dictionary, so a missing or unknown key fails the build. */
export const EN_DICTIONARY: Dictionary = {
  'app.name': 'Niaga',
  'app.tagline': 'Sales back office',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'lang.switch': 'Change language',

  'shell.toggleNav': 'Open or close the menu',
  'shell.userMenu': 'User menu',
  'shell.roles': 'Roles',
  'shell.logout': 'Log out',
  'shell.mainNav': 'Main navigation',

  'nav.home': 'Home',
  'nav.sales': 'Sales',
  'nav.customers': 'Customers',
  'nav.customerGroups': 'Customer Group',
  'nav.customerList': 'Customer List',
  'nav.salesOrders': 'Sales Orders',
  'nav.invoices': 'Invoices',
  'nav.payments': 'Payments',
  'nav.reports': 'Reports',
  'nav.settings': 'Settings',
  'nav.comingSoon': 'coming soon',
  'nav.comingSoonHint': 'This feature is not available yet and is coming soon',

  'login.title': 'Log in to Niaga',
  'login.subtitle': 'Use the email and password of your account.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.emailRequired': 'Email is required.',
  'login.emailInvalid': 'Enter a valid email address.',
  'login.passwordRequired': 'Password is required.',
  'login.failed': 'Log-in failed.',

  'error.network': 'The server cannot be reached. Check the connection and try again.',
  'error.unexpected': 'An unexpected error occurred. Please try again.',

  'home.welcome': 'Welcome, {name}',
  'home.signedInAs': 'You are logged in as {email}.',
  'home.roles': 'Your roles',
  'home.permissions': 'What you can do',
  'home.noPermissions': 'Your account has no permissions yet. Contact an administrator.',

  'role.admin': 'Administrator',
  'role.finance': 'Finance',
  'role.supervisor': 'Supervisor',
  'role.sales': 'Sales',
  'role.viewer': 'Viewer',

  'permission.settings:manage': 'Manage company settings and default credit limits',
  'permission.customers:read': 'View customers, customer groups and credit status',
  'permission.customers:write': 'Create and edit customers, customer groups and customer credit limits',
  'permission.transactions:create': 'Create sales orders, invoices and payments',
  'permission.credit:override': 'Override a credit-limit block by giving a reason',
  'permission.notifications:read': 'Receive notifications and the daily credit recap',
  'permission.reports:read': 'View sales, receivables aging and credit utilisation reports',
  'permission.users:manage': 'Manage users and API keys',
};
