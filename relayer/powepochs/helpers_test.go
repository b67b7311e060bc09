package powepochs

import "github.com/dip-market/dip/settlement"

func settlementOf(e *env) *settlement.Settlement {
	return settlement.Attach(e.suite.Settlement, e.c.Client())
}
