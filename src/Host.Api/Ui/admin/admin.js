// OpsPlatform admin: a thin client over the public REST API (no private endpoints, same authorization as any client).
'use strict';

const views = [
  { key: 'equipment', title: 'Equipment', url: '/api/maintenance/equipment',
    columns: ['name', 'type', 'serialNumber', 'location', 'status'],
    filters: [{ name: 'status', options: ['', 'operational', 'down', 'retired'] }],
    create: [{ name: 'name' }, { name: 'type' }, { name: 'serialNumber' }, { name: 'location' }] },
  { key: 'hardware', title: 'IT hardware', url: '/api/it-assets/hardware',
    columns: ['assetTag', 'name', 'category', 'status', 'warrantyEndsOn'],
    filters: [{ name: 'status', options: ['', 'in_stock', 'assigned', 'in_repair', 'retired'] }],
    create: [{ name: 'assetTag' }, { name: 'name' }, { name: 'category', options: ['laptop', 'desktop', 'server', 'monitor', 'phone', 'tablet', 'network', 'peripheral', 'other'] }] },
  { key: 'projects', title: 'Projects', url: '/api/psa/projects',
    columns: ['code', 'name', 'clientName', 'status', 'dueOn'],
    filters: [{ name: 'status', options: ['', 'planned', 'active', 'on_hold', 'completed', 'cancelled'] }],
    create: [{ name: 'code' }, { name: 'name' }, { name: 'clientName' }] },
  { key: 'sites', title: 'Client sites', url: '/api/janitorial/sites',
    columns: ['siteCode', 'siteName', 'clientName', 'serviceLevel', 'active'],
    filters: [], create: null },
  { key: 'users', title: 'Users', url: '/api/auth/users', adminOnly: true,
    columns: ['email', 'displayName', 'roles', 'lockedOut'],
    filters: [{ name: 'role', options: ['', 'admin', 'manager', 'technician', 'inspector', 'client', 'member'] }], create: null },
];

const state = { token: sessionStorage.getItem('ops.token'), me: null, view: null, page: 1, filters: {} };
const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const headers = { 'Accept': 'application/json', ...(options.body ? { 'Content-Type': 'application/json' } : {}) };
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401 && state.token) { signOutLocally(); throw new Error('Your session ended; sign in again.'); }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(describeProblem(body, response.status));
  return body;
}

function describeProblem(problem, status) {
  if (!problem) return `Request failed (${status}).`;
  const fields = problem.errors ? Object.entries(problem.errors).map(([f, m]) => `${f}: ${m.join(' ')}`).join('; ') : '';
  return fields || problem.detail || problem.title || `Request failed (${status}).`;
}

function signOutLocally() {
  state.token = null; state.me = null;
  sessionStorage.removeItem('ops.token');
  render();
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('login-error').textContent = '';
  const form = new FormData(e.target);
  try {
    const tokens = await api('/api/auth/login', { method: 'POST', body: JSON.stringify({ email: form.get('email'), password: form.get('password') }) });
    state.token = tokens.accessToken;
    sessionStorage.setItem('ops.token', state.token);
    await loadMe();
  } catch (err) { $('login-error').textContent = err.message; }
});

$('logout').addEventListener('click', async () => {
  try { await api('/api/auth/logout', { method: 'POST' }); } catch { /* already gone */ }
  signOutLocally();
});

$('prev').addEventListener('click', () => { state.page = Math.max(1, state.page - 1); loadList(); });
$('next').addEventListener('click', () => { state.page += 1; loadList(); });

async function loadMe() {
  try { state.me = await api('/api/auth/me'); } catch { state.me = null; }
  if (!state.me) { signOutLocally(); return; }
  const start = views.find(v => location.hash === `#${v.key}`) ?? views[0];
  select(start);
}

function visibleViews() { return views.filter(v => !v.adminOnly || state.me?.roles.includes('admin')); }

function select(view) {
  state.view = view; state.page = 1; state.filters = {};
  location.hash = view.key;
  render();
  loadList();
}

function render() {
  const signedIn = !!state.me;
  $('login-view').hidden = signedIn;
  $('list-view').hidden = !signedIn;
  $('nav').hidden = !signedIn;
  $('logout').hidden = !signedIn;
  $('who').textContent = signedIn ? `${state.me.displayName} (${state.me.roles.join(', ')})` : '';
  if (!signedIn) return;

  $('nav').replaceChildren(...visibleViews().map(v => {
    const a = document.createElement('a');
    a.href = `#${v.key}`; a.textContent = v.title;
    if (v === state.view) a.className = 'active';
    a.addEventListener('click', (e) => { e.preventDefault(); select(v); });
    return a;
  }));

  const view = state.view;
  $('list-title').textContent = view.title;
  $('list-head').replaceChildren(...view.columns.map(c => Object.assign(document.createElement('th'), { textContent: c })));
  $('filters').replaceChildren(...view.filters.map(f => field(f, (value) => { state.filters[f.name] = value; state.page = 1; loadList(); })));

  const canCreate = view.create && state.me.roles.some(r => r === 'admin' || r === 'manager');
  $('create').hidden = !canCreate;
  if (canCreate) {
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Create' });
    $('create-form').replaceChildren(...view.create.map(f => field(f)), submit);
    $('create-form').onsubmit = async (e) => {
      e.preventDefault();
      $('create-error').textContent = '';
      const body = Object.fromEntries(new FormData(e.target).entries());
      try { await api(view.url, { method: 'POST', body: JSON.stringify(body) }); e.target.reset(); loadList(); }
      catch (err) { $('create-error').textContent = err.message; }
    };
  }
}

function field(spec, onChange) {
  const label = document.createElement('label');
  label.textContent = spec.name;
  const input = spec.options ? document.createElement('select') : document.createElement('input');
  input.name = spec.name;
  if (spec.options) input.replaceChildren(...spec.options.map(o => Object.assign(document.createElement('option'), { value: o, textContent: o || '(any)' })));
  if (onChange) input.addEventListener('change', () => onChange(input.value));
  label.appendChild(input);
  return label;
}

async function loadList() {
  const view = state.view;
  const query = new URLSearchParams({ page: state.page, pageSize: 20 });
  for (const [k, v] of Object.entries(state.filters)) if (v) query.set(k, v);
  try {
    const page = await api(`${view.url}?${query}`);
    $('list-body').replaceChildren(...page.items.map(item => {
      const tr = document.createElement('tr');
      tr.replaceChildren(...view.columns.map(c => Object.assign(document.createElement('td'), { textContent: format(item[c]) })));
      return tr;
    }));
    $('page-info').textContent = `Page ${page.page} of ${Math.max(page.totalPages, 1)} · ${page.totalItems} in all`;
    $('prev').disabled = !page.hasPrevious;
    $('next').disabled = !page.hasNext;
  } catch (err) {
    $('list-body').replaceChildren();
    $('page-info').textContent = err.message;
  }
}

function format(value) {
  if (Array.isArray(value)) return value.join(', ');
  if (value === null || value === undefined) return '';
  return String(value);
}

if (state.token) loadMe(); else render();
