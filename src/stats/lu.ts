/** LU factors of a dense square matrix with partial pivoting (row-major), as `luFactor` returns them. */
export interface LuFactors {
  size: number;
  /** L (unit diagonal, below) and U (on and above the diagonal), packed row-major. */
  lu: Float64Array;
  /** Row permutation: row i of the factored matrix is row pivot[i] of the input. */
  pivot: Int32Array;
}

/**
 * LU decomposition with partial pivoting (Doolittle, Golub & Van Loan alg. 3.4.1) of a row-major `size` x `size`
 * matrix. Used for the reciprocal cost allocation of services that consume each other; the matrices there are
 * I - F with F's column sums below 1 for a cycle that cost can leave, hence non-singular.
 */
export function luFactor(matrix: Float64Array, size: number): LuFactors {
  const lu = Float64Array.from(matrix);
  const pivot = Int32Array.from({ length: size }, (_, i) => i);
  for (let k = 0; k < size; k++) {
    let best = k;
    for (let i = k + 1; i < size; i++) if (Math.abs(lu[i * size + k]!) > Math.abs(lu[best * size + k]!)) best = i;
    if (best !== k) {
      for (let j = 0; j < size; j++) {
        const t = lu[k * size + j]!;
        lu[k * size + j] = lu[best * size + j]!;
        lu[best * size + j] = t;
      }
      const t = pivot[k]!;
      pivot[k] = pivot[best]!;
      pivot[best] = t;
    }
    const d = lu[k * size + k]!;
    if (d === 0) continue; // singular: left to the caller's invariant (the model checks rule it out)
    for (let i = k + 1; i < size; i++) {
      const f = (lu[i * size + k]! /= d);
      if (f === 0) continue;
      for (let j = k + 1; j < size; j++) lu[i * size + j]! -= f * lu[k * size + j]!;
    }
  }
  return { size, lu, pivot };
}

/** Solve A x = b with the factors of A. */
export function luSolve({ size, lu, pivot }: LuFactors, b: Float64Array): Float64Array {
  const x = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let s = b[pivot[i]!]!;
    for (let j = 0; j < i; j++) s -= lu[i * size + j]! * x[j]!;
    x[i] = s;
  }
  for (let i = size - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let j = i + 1; j < size; j++) s -= lu[i * size + j]! * x[j]!;
    x[i] = s / lu[i * size + i]!;
  }
  return x;
}
