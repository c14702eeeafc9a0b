import { render } from 'preact'

render(
  <main>
    <h1>Livret</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
)
