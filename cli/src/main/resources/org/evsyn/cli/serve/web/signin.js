'use strict';
// The token goes in a POST body only, never in a URL, so it stays out of history and server logs.
document.getElementById('signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('signin-error');
  error.textContent = '';
  const body = JSON.stringify({
    name: document.getElementById('name').value.trim(),
    token: document.getElementById('token').value.trim()
  });
  try {
    const response = await fetch('/api/signin', {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body, credentials: 'same-origin'
    });
    if (response.ok) {
      window.location.assign('/screen');
      return;
    }
    const answer = await response.json().catch(() => ({error: response.statusText}));
    error.textContent = answer.error || ('sign-in failed (' + response.status + ')');
  } catch (e) {
    error.textContent = 'the server did not answer: ' + e.message;
  }
});
