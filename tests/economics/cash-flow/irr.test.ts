import { describe, expect, it } from "vitest";
import { expectInvalidArgument } from "./expect-invalid-argument.js";
import { irr } from "../../../src/economics/cash-flow/irr.js";
import { npv } from "../../../src/economics/cash-flow/npv.js";
import { pmt } from "../../../src/economics/cash-flow/pmt.js";

describe("irr", () => {
  // numpy-financial tests/test_financial.py, TestIrr.test_basic_values (asserted there to 2 decimals); the values
  // compared here to 12 digits are the roots computed with mpmath.polyroots at 40 digits.
  it.each([
    [[-150000, 15000, 25000, 35000, 45000, 60000], 0.0524, 0.052432888859414106],
    [[-100, 0, 0, 74], -0.0955, -0.09549583034897252],
    [[-100, 39, 59, 55, 20], 0.28095, 0.2809484211599611],
    [[-100, 100, 0, -7], -0.0833, -0.08329966618493269],
    [[-100, 100, 0, 7], 0.06206, 0.06205848562992946],
    [[-5, 10.5, 1, -8, 1], 0.0886, 0.08859833852775535],
    [[-5, 10.5, 1, -8, 1, 0, 0, 0], 0.0886, 0.08859833852775535], // test_trailing_zeros
  ])("numpy-financial: irr(%j) = %d", (values, published, exact) => {
    expect(irr(values)).toBeCloseTo(published, 2);
    expect(irr(values)).toBeCloseTo(exact, 12);
  });

  it("matches Excel's IRR help example: 8.7%, -2.1% after four years, -44.4% after two", () => {
    // Microsoft, "IRR function": =IRR(A2:A7) 8.7%, =IRR(A2:A6) -2.1%, =IRR(A2:A4, -10%) -44.4%;
    // mpmath: 0.086630948036531614, -0.021244848273410991, -0.44350694133474054.
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.08663094803653161, 12);
    expect(irr([-70000, 12000, 15000, 18000, 21000])).toBeCloseTo(-0.02124484827341099, 12);
    expect(irr([-70000, 12000, 15000], { guess: -0.1 })).toBeCloseTo(-0.44350694133474056, 12);
  });

  it("picks numpy-financial 1.x's root when there are several (its tests gh-39 and gh-44)", () => {
    // gh-44, "true value as calculated by Google sheets" 1.00426 (4 decimals); roots -0.99979 and 1.00427.
    const gh44 = [-1678.87, 771.96, 1814.05, 3520.3, 3552.95, 3584.99, 4789.91, -1];
    expect(irr(gh44)).toBeCloseTo(1.00426, 4);
    // gh-39: 0.12 (7 decimals); the other root is -0.0181.
    const gh39 = [
      -217500.0, -217500.0, 108466.80462450592, 101129.96439328062, 93793.12416205535, 86456.28393083003,
      79119.44369960476, 71782.60346837944, 64445.76323715414, 57108.92300592884, 49772.08277470355,
      42435.24254347826, 35098.40231225296, 27761.56208102766, 20424.721849802358, 13087.88161857707,
      5751.041387351768, -1585.7988438735192, -8922.639075098821, -16259.479306324123, -23596.31953754941,
      -30933.159768774713, -38270.0, -45606.8402312253, -52943.680462450604, -60280.520693675906, -67617.36092490121,
    ];
    expect(irr(gh39)).toBeCloseTo(0.12, 7);
    expect(irr(gh39, { guess: 0 })).toBeCloseTo(-0.018096786473963785, 10);
  });

  it("finds a root near -1 (numpy-financial gh-15: -0.9999999990596069, rtol 1e-9)", () => {
    const gh15 = [
      -3000.0, 2.3926932267015667e-7, 4.1672087103345505e-16, 5.3965110036378706e-25, 5.1962551071806174e-34,
      3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62, 2.3072565113911438e-71,
      5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
      5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141, 3.0252876563518021e-152,
      6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184, 8.9337141847171845e-196,
      5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
      4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277, 5.1811095266842017e-289,
      3.0250999925830644e-301, 1.3133070599585015e-313,
    ];
    expect(Math.abs(irr(gh15) / -0.9999999990596069 - 1)).toBeLessThan(1e-9);
  });

  it("solves long series: a 30-year monthly loan returns its rate", () => {
    const payment = pmt(0.06 / 12, 360, 250000);
    const flows = [250000, ...Array.from({ length: 360 }, () => payment)];
    expect(irr(flows)).toBeCloseTo(0.005, 14);
    const project = Array.from({ length: 60 }, (_, t) => (t < 3 ? -1000 : 120 + 10 * Math.sin(t)));
    const r = irr(project);
    expect(Math.abs(npv(r, project))).toBeLessThan(1e-9 * 7000);
  });

  it("satisfies npv(irr(v), v) = 0 for the style guide's example (numpy-financial test_npv_irr_congruence)", () => {
    const v = [-40000, 5000, 8000, 12000, 30000];
    expect(Math.abs(npv(irr(v), v))).toBeLessThan(1e-10);
  });

  it("is NaN with no root (numpy-financial gh-6744), no flows or a non-finite flow (a ModelError)", () => {
    expect(irr([1, 2, 3])).toBeNaN();
    expect(irr([-1, -2, -3])).toBeNaN();
    expect(irr([0, 0, 0])).toBeNaN();
    expect(irr([])).toBeNaN();
    expectInvalidArgument(() => irr([-1, Number.NaN, 2]));
    expectInvalidArgument(() => irr([-1, 2], { guess: Number.NaN }));
  });
});
