// @vitest-environment jsdom
import { describeHostileViews } from "./hostile-views.js";

describeHostileViews(12);
