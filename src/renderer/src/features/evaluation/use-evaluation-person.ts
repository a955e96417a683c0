/** The person chosen on the evaluation tabs: `?person=<id>`, kept when switching tabs. */
import { useSearchParams } from 'react-router';

export function useEvaluationPerson(): [string | null, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('person', id);
    setParams(next, { replace: true });
  };
  return [params.get('person'), select];
}
