// Package settlement provides a client for a guild's Settlement and the
// shared TallyVerifier: deploying them, bonding as a relayer, building a
// deliberation claim from signed proposals and ballots (the tally computed in
// Go exactly as the contract recounts it), submitting it, auditing and
// challenging claims with Merkle proofs, finalizing, retrying callbacks and
// reading claims. Encodings follow docs/settlement.md.
package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	settlementbind "github.com/dip-market/dip/bindings/settlement"
	tvbind "github.com/dip-market/dip/bindings/tallyverifier"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/merkle"
)

var (
	binding = settlementbind.NewSettlement()
	// ABI is Settlement's parsed ABI. It declares every ISettlement error,
	// including those TallyVerifier raises (Settlement bubbles them), so it is
	// the one ABI to decode any Settlement revert with.
	ABI = chain.MustABI(&settlementbind.SettlementMetaData)
	// TallyVerifierABI is TallyVerifier's parsed ABI.
	TallyVerifierABI = chain.MustABI(&tvbind.TallyVerifierMetaData)
)

// ClaimKind is what a claim settles.
type ClaimKind uint8

// Claim kinds (ISettlement.ClaimKind).
const (
	KindDeliberation ClaimKind = iota
	KindPowEpoch
	KindInferenceSample
)

// ClaimStatus is a claim's life-cycle state.
type ClaimStatus uint8

// Claim statuses (ISettlement.ClaimStatus).
const (
	StatusNone ClaimStatus = iota
	StatusPending
	StatusFinalized
	StatusRejected
)

func (s ClaimStatus) String() string {
	return [...]string{"None", "Pending", "Finalized", "Rejected", "Unknown"}[min(int(s), 4)]
}

// CallbackStatus is the state of a finalized claim's receiver callback.
type CallbackStatus uint8

// Callback statuses (ISettlement.CallbackStatus).
const (
	CallbackNone CallbackStatus = iota
	CallbackDelivered
	CallbackFailed
)

func (s CallbackStatus) String() string {
	return [...]string{"None", "Delivered", "Failed", "Unknown"}[min(int(s), 3)]
}

var (
	// ErrNoEvent is returned when a receipt lacks the event its call must emit.
	ErrNoEvent = errors.New("settlement: receipt lacks the expected event")
	// ErrNotInTree is matched by a challenge or reveal whose leaf or Merkle
	// proof is not in the claim's tree (Settlement_NotInTree).
	ErrNotInTree = errors.New("the leaf or its Merkle proof is not in the claim's tree")
	// ErrNoFraud is matched by a challenge whose evidence is valid and shows no
	// fault, e.g. a correctly signed proposal or ballot (Settlement_NoFraud).
	ErrNoFraud = errors.New("the evidence is valid and shows no fault: the claim stands")
)

// hints explain Settlement's custom errors to a user.
var hints = map[string]string{
	"Settlement_NotInTree":        ErrNotInTree.Error(),
	"Settlement_NoFraud":          ErrNoFraud.Error(),
	"Settlement_ResultMismatch":   "the result bytes are not the claim's posted result",
	"Settlement_BadIndex":         "leaf indices or proposal index do not fit the challenge (adjacent for a step, equal for a duplicate, within range)",
	"Settlement_BadResult":        "the tally is malformed (proposal count, sums length, winner not the lowest argmax, or non-zero sums without ballots)",
	"Settlement_WindowClosed":     "the challenge window is over",
	"Settlement_NotFinalizable":   "the claim cannot finalize yet (challenge window open or a leaf request open)",
	"Settlement_NotPending":       "the claim is no longer pending",
	"Settlement_InsufficientBond": "the relayer's free bond does not cover the claim bond: bond more first",
	"Settlement_TargetNotAllowed": "the target is not an allowed receiver of this Settlement",
	"Settlement_SubjectTaken":     "another claim already holds this subject",
	"Settlement_NoRetry":          "the callback already succeeded or the claim is not finalized",
	"Settlement_HeadersMismatch":  "the session headers are not the batch's (order and every field count)",
	"Settlement_AlreadyOpened":    "the batch session was already opened: challenge its claim instead",
	"Settlement_RequestOpen":      "a tally request for the batch session is already open",
	"Settlement_NotDelegated":     "batch functions run only at a Settlement's address",
	"Settlement_BatchTooLarge":    "the batch's callbacks (sessions x callbackGasLimit) would not fit one transaction: send fewer sessions",
}

// explain wraps a decoded Settlement revert with a sentence saying what it
// means, and matches ErrNotInTree and ErrNoFraud for errors.Is.
func explain(err error) error {
	re, ok := chain.AsRevert(err)
	if !ok {
		return err
	}
	switch re.Name {
	case "Settlement_NotInTree":
		return fmt.Errorf("%w (%w)", ErrNotInTree, err)
	case "Settlement_NoFraud":
		return fmt.Errorf("%w (%w)", ErrNoFraud, err)
	}
	if h, ok := hints[re.Name]; ok {
		return fmt.Errorf("%s (%w)", h, err)
	}
	return err
}

// Config is the Settlement's governance configuration (ISettlement.Config).
type Config = settlementbind.ISettlementConfig

// DefaultConfig returns a configuration for development chains: 1 ETH claim
// bond, 0.05 ETH request bond, one-day challenge window.
func DefaultConfig() Config {
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	return Config{
		ClaimBond: eth, RequestBond: new(big.Int).Div(eth, big.NewInt(20)),
		ChallengeWindow: 86400, ResponseWindow: 6 * 3600, ProofWindow: 12 * 3600, ExitDelay: 3 * 86400,
		SampleDelay: 4, SampleCount: 3, ChallengerRewardBps: 5000, CallbackGasLimit: 500_000,
	}
}

// Params are a Settlement clone's initialize arguments.
type Params struct {
	Admin             common.Address
	Treasury          common.Address
	TallyVerifier     common.Address
	PowVerifier       common.Address
	InferenceVerifier common.Address
	Targets           []common.Address
	Config            Config
}

// Check validates the parameters before anything is sent.
func (p Params) Check() error {
	switch {
	case p.Admin == (common.Address{}), p.Treasury == (common.Address{}), p.TallyVerifier == (common.Address{}):
		return errors.New("settlement: admin, treasury and tally verifier must not be zero")
	case p.Config.ClaimBond == nil || p.Config.ClaimBond.Sign() <= 0 || p.Config.RequestBond == nil || p.Config.RequestBond.Sign() <= 0:
		return errors.New("settlement: claim and request bonds must be positive")
	}
	for _, t := range p.Targets {
		if t == (common.Address{}) {
			return errors.New("settlement: a target is the zero address")
		}
	}
	return nil
}

// Deployment records the transactions that created a Settlement.
type Deployment = chain.CloneDeployment

// DeployTallyVerifier deploys the shared, stateless deliberation judge.
func DeployTallyVerifier(ctx context.Context, b chain.Backend, opts *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	addr, r, err := chain.Deploy(ctx, b, opts, common.FromHex(tvbind.TallyVerifierMetaData.Bin), TallyVerifierABI)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("settlement: deploy tally verifier: %w", err)
	}
	return addr, r, nil
}

// DeployImplementation deploys the Settlement implementation clones delegate to.
func DeployImplementation(ctx context.Context, b chain.Backend, opts *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	addr, r, err := chain.Deploy(ctx, b, opts, common.FromHex(settlementbind.SettlementMetaData.Bin), ABI)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("settlement: deploy implementation: %w", err)
	}
	return addr, r, nil
}

// Deploy creates a Settlement as an EIP-1167 clone of impl (deployed first
// when zero) and initializes it with p. Guilds get theirs from GuildFactory;
// this path serves tests, demos and standalone setups.
func Deploy(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, impl common.Address, p Params) (*Settlement, *Deployment, error) {
	if err := p.Check(); err != nil {
		return nil, nil, err
	}
	targets := p.Targets
	if targets == nil {
		targets = []common.Address{}
	}
	data := binding.PackInitialize(p.Admin, p.Treasury, p.TallyVerifier, p.PowVerifier, p.InferenceVerifier, targets, p.Config)
	d, err := chain.DeployClone(ctx, b, opts, impl, common.FromHex(settlementbind.SettlementMetaData.Bin), data, ABI)
	if err != nil {
		return nil, d, fmt.Errorf("settlement: %w", err)
	}
	return Attach(d.Address, b), d, nil
}

// Settlement is a client for one guild's Settlement.
type Settlement struct {
	addr common.Address
	b    chain.Backend
}

// Attach returns a client for the Settlement at addr.
func Attach(addr common.Address, b chain.Backend) *Settlement { return &Settlement{addr: addr, b: b} }

// Address returns the Settlement's address.
func (s *Settlement) Address() common.Address { return s.addr }

func (s *Settlement) transact(ctx context.Context, opts *bind.TransactOpts, op string, data []byte) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, s.b, opts, s.addr, data, ABI)
	if err != nil {
		return r, fmt.Errorf("settlement: %s: %w", op, explain(err))
	}
	return r, nil
}

func call[T any](ctx context.Context, s *Settlement, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, s.b, s.addr, data, ABI)
	if err != nil {
		return zero, fmt.Errorf("settlement: %s: %w", op, explain(err))
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("settlement: decode %s: %w", op, err)
	}
	return v, nil
}

// Domain reads the Settlement's EIP-712 domain (ERC-5267 eip712Domain) and
// checks that it is the one DIP messages are signed under.
func (s *Settlement) Domain(ctx context.Context) (dipmsg.Domain, error) {
	out, err := call(ctx, s, "eip712Domain", binding.PackEip712Domain(), binding.UnpackEip712Domain)
	if err != nil {
		return dipmsg.Domain{}, err
	}
	if out.Name != dipmsg.DomainName || out.Version != dipmsg.DomainVersion || out.VerifyingContract != s.addr {
		return dipmsg.Domain{}, fmt.Errorf("settlement: %s has domain %q version %q for %s, not a DIP Settlement's", s.addr.Hex(), out.Name, out.Version, out.VerifyingContract.Hex())
	}
	return dipmsg.NewDomain(out.ChainId, s.addr), nil
}

// DomainSeparator reads domainSeparator().
func (s *Settlement) DomainSeparator(ctx context.Context) (common.Hash, error) {
	h, err := call(ctx, s, "domainSeparator", binding.PackDomainSeparator(), binding.UnpackDomainSeparator)
	return h, err
}

// Session returns the session of a deliberation about (target, subjectID)
// under this Settlement's domain.
func (s *Settlement) Session(ctx context.Context, target common.Address, subjectID, nonce *big.Int, round uint32, credits uint64) (Session, error) {
	d, err := s.Domain(ctx)
	if err != nil {
		return Session{}, err
	}
	return Session{Domain: d, Target: target, SubjectID: subjectID, Nonce: nonce, Round: round, Credits: credits}, nil
}

// Config reads the current configuration.
func (s *Settlement) Config(ctx context.Context) (Config, error) {
	return call(ctx, s, "config", binding.PackConfig(), binding.UnpackConfig)
}

// Relayer is a relayer's bond record.
type Relayer = settlementbind.ISettlementRelayer

// Relayer reads the relayer record of account.
func (s *Settlement) Relayer(ctx context.Context, account common.Address) (Relayer, error) {
	return call(ctx, s, "relayer", binding.PackRelayer(account), binding.UnpackRelayer)
}

// Credit reads the ETH credited to account.
func (s *Settlement) Credit(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, s, "credit", binding.PackCredit(account), binding.UnpackCredit)
}

// IsTarget reports whether target may receive outcomes.
func (s *Settlement) IsTarget(ctx context.Context, target common.Address) (bool, error) {
	return call(ctx, s, "isTarget", binding.PackIsTarget(target), binding.UnpackIsTarget)
}

// ClaimCount reads the number of claims so far.
func (s *Settlement) ClaimCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, s, "claimCount", binding.PackClaimCount(), binding.UnpackClaimCount)
}

// SubjectClaim reads the claim holding (target, subjectID), 0 if none.
func (s *Settlement) SubjectClaim(ctx context.Context, target common.Address, subjectID *big.Int) (*big.Int, error) {
	return call(ctx, s, "subjectClaim", binding.PackSubjectClaim(target, subjectID), binding.UnpackSubjectClaim)
}

// Claim is a claim as stored, with typed enums.
type Claim struct {
	settlementbind.ISettlementClaim
	ID       *big.Int
	Kind     ClaimKind
	Status   ClaimStatus
	Callback CallbackStatus
}

// Claim reads claim id; a claim that does not exist has StatusNone.
func (s *Settlement) Claim(ctx context.Context, id *big.Int) (*Claim, error) {
	c, err := call(ctx, s, fmt.Sprintf("claim %s", id), binding.PackClaim(id), binding.UnpackClaim)
	if err != nil {
		return nil, err
	}
	return &Claim{ISettlementClaim: c, ID: id, Kind: ClaimKind(c.Kind), Status: ClaimStatus(c.Status), Callback: CallbackStatus(c.Callback)}, nil
}

// OutcomeOf reads the outcome claim id delivers: winners and score.
func (s *Settlement) OutcomeOf(ctx context.Context, id *big.Int) ([]common.Address, *big.Int, error) {
	b, err := call(ctx, s, "outcomeOf", binding.PackOutcomeOf(id), binding.UnpackOutcomeOf)
	if err != nil {
		return nil, nil, err
	}
	return DecodeOutcome(b)
}

// Bond registers the signer as a relayer or adds value wei to its bond.
func (s *Settlement) Bond(ctx context.Context, opts *bind.TransactOpts, value *big.Int) (*types.Receipt, error) {
	o := *opts
	o.Value = value
	return s.transact(ctx, &o, "bond "+value.String()+" wei", binding.PackBond())
}

// RequestExit starts the signer's exit delay.
func (s *Settlement) RequestExit(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	return s.transact(ctx, opts, "request exit", binding.PackRequestExit())
}

// Exit credits the signer's whole bond once the exit delay passed.
func (s *Settlement) Exit(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	return s.transact(ctx, opts, "exit", binding.PackExit())
}

// Withdraw sends the signer its credited ETH.
func (s *Settlement) Withdraw(ctx context.Context, opts *bind.TransactOpts) (*types.Receipt, error) {
	return s.transact(ctx, opts, "withdraw", binding.PackWithdraw())
}

// SetTarget allows or disallows a callback target (admin only).
func (s *Settlement) SetTarget(ctx context.Context, opts *bind.TransactOpts, target common.Address, allowed bool) (*types.Receipt, error) {
	return s.transact(ctx, opts, "set target "+target.Hex(), binding.PackSetTarget(target, allowed))
}

// SubmitDeliberation posts d as a Deliberation claim about (target,
// subjectID) and returns the new claim id.
func (s *Settlement) SubmitDeliberation(ctx context.Context, opts *bind.TransactOpts, target common.Address, subjectID *big.Int, d *Deliberation) (*big.Int, *types.Receipt, error) {
	data := binding.PackSubmit(uint8(KindDeliberation), subjectID, target, d.Root, d.Result)
	r, err := s.transact(ctx, opts, fmt.Sprintf("submit deliberation about %s #%s", target.Hex(), subjectID), data)
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := binding.UnpackClaimSubmittedEvent(l); err == nil && l.Address == s.addr {
			return ev.ClaimId, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: ClaimSubmitted", ErrNoEvent)
}

// Submitted is a ClaimSubmitted event.
type Submitted = settlementbind.SettlementClaimSubmitted

// Submission reads the ClaimSubmitted event of claim id (its result and root),
// searching blocks from `from` on.
func (s *Settlement) Submission(ctx context.Context, id *big.Int, from uint64) (*Submitted, error) {
	return firstEvent(ctx, s, "ClaimSubmitted of claim", ABI.Events["ClaimSubmitted"].ID, id, from, binding.UnpackClaimSubmittedEvent)
}

// firstEvent returns the first event with topic0 about id (topic 1) from
// block `from` on that unpack decodes.
func firstEvent[T any](ctx context.Context, s *Settlement, what string, topic0 common.Hash, id *big.Int, from uint64, unpack func(*types.Log) (*T, error)) (*T, error) {
	logs, err := s.b.FilterLogs(ctx, filterQuery(s.addr, from, topic0, common.BigToHash(id)))
	if err != nil {
		return nil, fmt.Errorf("settlement: filter %s %s: %w", what, id, err)
	}
	for i := range logs {
		if ev, err := unpack(&logs[i]); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("%w: %s %s", ErrNoEvent, what, id)
}

// Rejection is what a successful challenge did: a ClaimRejected event, or,
// for a claim opened from a batch, the batch's BatchRejected event.
type Rejection struct {
	ClaimID *big.Int
	// BatchID is set when the claim was opened from a batch, which the
	// challenge rejected as a whole.
	BatchID *big.Int
	Fault   Fault
	By      common.Address
	Reward  *big.Int
}

func (s *Settlement) rejection(r *types.Receipt, id *big.Int) (*Rejection, error) {
	for _, l := range r.Logs {
		if l.Address != s.addr {
			continue
		}
		if ev, err := binding.UnpackClaimRejectedEvent(l); err == nil {
			return &Rejection{ClaimID: ev.ClaimId, Fault: Fault(ev.Fault), By: ev.By, Reward: ev.Reward}, nil
		}
	}
	if b := s.batchRejection(r); b != nil {
		return &Rejection{ClaimID: id, BatchID: b.BatchID, Fault: b.Fault, By: b.By, Reward: b.Reward}, nil
	}
	return nil, fmt.Errorf("%w: ClaimRejected or BatchRejected", ErrNoEvent)
}

func (s *Settlement) challenge(ctx context.Context, opts *bind.TransactOpts, id *big.Int, op string, data []byte) (*Rejection, *types.Receipt, error) {
	r, err := s.transact(ctx, opts, op, data)
	if err != nil {
		return nil, r, err
	}
	rej, err := s.rejection(r, id)
	return rej, r, err
}

// BallotLeaf converts a merkle leaf to the binding's struct.
func BallotLeaf(l *merkle.BallotLeaf) settlementbind.ISettlementBallotLeaf {
	cum := l.Cumulative
	if cum == nil {
		cum = []*big.Int{}
	}
	votes := l.Votes
	if votes == nil {
		votes = []int64{}
	}
	return settlementbind.ISettlementBallotLeaf{Index: l.Index, Voter: l.Voter, Votes: votes, Cumulative: cum, R: l.R, S: l.S, V: l.V}
}

// ChallengeProposal proves that proposal p of the claim's tally is not signed by its author.
func (s *Settlement) ChallengeProposal(ctx context.Context, opts *bind.TransactOpts, id *big.Int, result []byte, p uint32) (*Rejection, *types.Receipt, error) {
	return s.challenge(ctx, opts, id, fmt.Sprintf("challenge proposal %d of claim %s", p, id), binding.PackChallengeProposal(id, result, p))
}

// ChallengeBallot proves a fault visible in one leaf.
func (s *Settlement) ChallengeBallot(ctx context.Context, opts *bind.TransactOpts, id *big.Int, result []byte, leaf *merkle.BallotLeaf, proof []common.Hash) (*Rejection, *types.Receipt, error) {
	data := binding.PackChallengeBallot(id, result, BallotLeaf(leaf), merkle.ProofBytes(proof))
	rej, r, err := s.challenge(ctx, opts, id, fmt.Sprintf("challenge ballot leaf %d of claim %s", leaf.Index, id), data)
	return rej, r, s.diagnose(ctx, err, id, evidence{leaf, proof})
}

// ChallengeStep proves a fault between adjacent leaves prev and cur.
func (s *Settlement) ChallengeStep(ctx context.Context, opts *bind.TransactOpts, id *big.Int, result []byte, prev *merkle.BallotLeaf, prevProof []common.Hash, cur *merkle.BallotLeaf, curProof []common.Hash) (*Rejection, *types.Receipt, error) {
	data := binding.PackChallengeStep(id, result, BallotLeaf(prev), merkle.ProofBytes(prevProof), BallotLeaf(cur), merkle.ProofBytes(curProof))
	rej, r, err := s.challenge(ctx, opts, id, fmt.Sprintf("challenge step %d->%d of claim %s", prev.Index, cur.Index, id), data)
	return rej, r, s.diagnose(ctx, err, id, evidence{prev, prevProof}, evidence{cur, curProof})
}

// ChallengeDuplicate proves that two different leaves share an index.
func (s *Settlement) ChallengeDuplicate(ctx context.Context, opts *bind.TransactOpts, id *big.Int, a *merkle.BallotLeaf, aProof []common.Hash, b *merkle.BallotLeaf, bProof []common.Hash) (*Rejection, *types.Receipt, error) {
	data := binding.PackChallengeDuplicate(id, BallotLeaf(a), merkle.ProofBytes(aProof), BallotLeaf(b), merkle.ProofBytes(bProof))
	rej, r, err := s.challenge(ctx, opts, id, fmt.Sprintf("challenge duplicate index %d of claim %s", a.Index, id), data)
	return rej, r, s.diagnose(ctx, err, id, evidence{a, aProof}, evidence{b, bProof})
}

type evidence struct {
	leaf  *merkle.BallotLeaf
	proof []common.Hash
}

// diagnose adds to a Settlement_NotInTree revert which leaf failed and the
// root its proof leads to, so a malformed proof is told from a wrong leaf.
func (s *Settlement) diagnose(ctx context.Context, err error, id *big.Int, ev ...evidence) error {
	if !errors.Is(err, ErrNotInTree) {
		return err
	}
	c, cerr := s.Claim(ctx, id)
	if cerr != nil {
		return err
	}
	var parts []string
	for _, e := range ev {
		h, herr := e.leaf.Hash()
		if herr != nil {
			parts = append(parts, fmt.Sprintf("leaf %d does not encode: %v", e.leaf.Index, herr))
			continue
		}
		if got := merkle.ProcessProof(e.proof, h); got != common.Hash(c.Root) {
			parts = append(parts, fmt.Sprintf("leaf %d (hash %s) with its %d-hash proof leads to %s, not to the claim's root %s",
				e.leaf.Index, h.Hex(), len(e.proof), got.Hex(), common.Hash(c.Root).Hex()))
		}
	}
	if len(parts) == 0 {
		return err
	}
	return fmt.Errorf("%w: %s", err, strings.Join(parts, "; "))
}

// Challenge sends the challenge that proves finding f against claim id, whose
// published data is d. EvidenceMissing cannot be proven directly: request the
// leaf instead.
func (s *Settlement) Challenge(ctx context.Context, opts *bind.TransactOpts, id *big.Int, d *Deliberation, f *Finding) (*Rejection, *types.Receipt, error) {
	proof := func(i int) ([]common.Hash, error) { return d.Proof(i) }
	switch f.Evidence {
	case EvidenceProposal:
		return s.ChallengeProposal(ctx, opts, id, d.Result, f.Proposal)
	case EvidenceBallot:
		p, err := proof(f.A)
		if err != nil {
			return nil, nil, err
		}
		return s.ChallengeBallot(ctx, opts, id, d.Result, &d.Leaves[f.A], p)
	case EvidenceStep, EvidenceDuplicate:
		pa, err := proof(f.A)
		if err != nil {
			return nil, nil, err
		}
		pb, err := proof(f.B)
		if err != nil {
			return nil, nil, err
		}
		if f.Evidence == EvidenceStep {
			return s.ChallengeStep(ctx, opts, id, d.Result, &d.Leaves[f.A], pa, &d.Leaves[f.B], pb)
		}
		return s.ChallengeDuplicate(ctx, opts, id, &d.Leaves[f.A], pa, &d.Leaves[f.B], pb)
	}
	return nil, nil, fmt.Errorf("settlement: %s cannot be proven by a challenge; request the leaf", f)
}

// RequestLeaf pays the request bond to force the relayer to reveal the leaf at index.
func (s *Settlement) RequestLeaf(ctx context.Context, opts *bind.TransactOpts, id *big.Int, index uint32, bond *big.Int) (*types.Receipt, error) {
	o := *opts
	o.Value = bond
	return s.transact(ctx, &o, fmt.Sprintf("request leaf %d of claim %s", index, id), binding.PackRequestLeaf(id, index))
}

// RevealLeaf answers request requestID with the leaf and its proof.
func (s *Settlement) RevealLeaf(ctx context.Context, opts *bind.TransactOpts, requestID *big.Int, leaf *merkle.BallotLeaf, proof []common.Hash) (*types.Receipt, error) {
	return s.transact(ctx, opts, fmt.Sprintf("reveal leaf %d for request %s", leaf.Index, requestID), binding.PackRevealLeaf(requestID, BallotLeaf(leaf), merkle.ProofBytes(proof)))
}

// CloseRequest closes an unanswered request.
func (s *Settlement) CloseRequest(ctx context.Context, opts *bind.TransactOpts, requestID *big.Int) (*types.Receipt, error) {
	return s.transact(ctx, opts, fmt.Sprintf("close request %s", requestID), binding.PackCloseRequest(requestID))
}

// Finalization is what finalize or retryCallback did.
type Finalization struct {
	ClaimID *big.Int
	// Outcome is set by finalize (ClaimFinalized), nil after a retry.
	Winners []common.Address
	Score   *big.Int
	// Delivered reports whether the receiver callback succeeded.
	Delivered bool
}

func (s *Settlement) finalization(r *types.Receipt, id *big.Int) (*Finalization, error) {
	f := &Finalization{ClaimID: id}
	attempted := false
	for _, l := range r.Logs {
		if l.Address != s.addr {
			continue
		}
		if ev, err := binding.UnpackClaimFinalizedEvent(l); err == nil {
			if f.Winners, f.Score, err = DecodeOutcome(ev.Outcome); err != nil {
				return nil, err
			}
		}
		if ev, err := binding.UnpackCallbackAttemptedEvent(l); err == nil {
			attempted, f.Delivered = true, ev.Success
		}
	}
	if !attempted {
		return nil, fmt.Errorf("%w: CallbackAttempted", ErrNoEvent)
	}
	return f, nil
}

// Finalize finalizes claim id (after its window, with no open request) and
// reports whether the receiver callback succeeded.
func (s *Settlement) Finalize(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*Finalization, *types.Receipt, error) {
	r, err := s.transact(ctx, opts, fmt.Sprintf("finalize claim %s", id), binding.PackFinalize(id))
	if err != nil {
		return nil, r, err
	}
	f, err := s.finalization(r, id)
	return f, r, err
}

// RetryCallback retries the failed callback of finalized claim id.
func (s *Settlement) RetryCallback(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*Finalization, *types.Receipt, error) {
	r, err := s.transact(ctx, opts, fmt.Sprintf("retry callback of claim %s", id), binding.PackRetryCallback(id))
	if err != nil {
		return nil, r, err
	}
	f, err := s.finalization(r, id)
	return f, r, err
}

// DescribeFault renders a fault for people.
func DescribeFault(f Fault) string {
	s := f.String()
	var b strings.Builder
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

func filterQuery(addr common.Address, from uint64, topic0, topic1 common.Hash) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{addr},
		Topics:    [][]common.Hash{{topic0}, {topic1}},
	}
}
