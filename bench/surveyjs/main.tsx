// The SurveyJS side of the benchmark: one generated questionnaire, as a SurveyJS author would
// render it with React. ?q=<name> picks data/<name>.json, ?lang= the locale.
import { createRoot } from 'react-dom/client';
import { FunctionFactory, Model } from 'survey-core';
import 'survey-core/survey-core.fontless.css';
import { Survey } from 'survey-react-ui';

FunctionFactory.Instance.register('omnibusCount', (params: unknown[]) => {
  const value = params[0];
  return Array.isArray(value) ? value.length : 0;
});

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const name = query.get('q') ?? '';
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad questionnaire name "${name}"`);
  const response = await fetch(`./data/${name}.json`);
  const model = new Model(await response.json());
  model.locale = query.get('lang') ?? '';
  (window as unknown as { survey: Model }).survey = model;
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(<Survey model={model} />);
}

void start();
