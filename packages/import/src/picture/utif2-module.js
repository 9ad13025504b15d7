// utif2 re-exported under our own types (utif2-module.d.ts): the package's types import Node's,
// which would let Node globals compile in this pure package.
import UTIF from 'utif2';

export default UTIF;
