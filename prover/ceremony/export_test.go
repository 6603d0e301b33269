package ceremony

// SamePhase2 is samePhase2, for the tests of package ceremony_test.
var SamePhase2 = samePhase2
