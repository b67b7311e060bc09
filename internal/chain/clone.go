package chain

import (
	"github.com/ethereum/go-ethereum/common"
)

// CloneInitCode returns the creation code of an EIP-1167 minimal proxy that
// delegates every call to impl (the same bytes OpenZeppelin's Clones deploys).
func CloneInitCode(impl common.Address) []byte {
	code := common.FromHex("3d602d80600a3d3981f3363d3d373d3d3d363d73")
	code = append(code, impl.Bytes()...)
	return append(code, common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
}
