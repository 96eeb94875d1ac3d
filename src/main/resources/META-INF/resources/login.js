// Sign-in page: show the failure notice after a refused sign-in (the page's CSP forbids inline scripts).
if (location.search.includes('error')) document.body.classList.add('failed');
