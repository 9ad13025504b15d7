/** A failed request's message, announced to screen readers. */
export function FormProblem({ problem }: { readonly problem: string | undefined }) {
  return problem ? <p className="field-error" role="alert">{problem}</p> : null;
}
