// Placeholder: the glossary page is being built (issue 4).
import { render } from 'preact';

render(<p>Quzhou Glossary</p>, document.getElementById('app')!);
