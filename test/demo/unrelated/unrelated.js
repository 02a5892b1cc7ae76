document.getElementById('hello').addEventListener('click', () => {
  document.getElementById('out').textContent = 'Hello';
});
