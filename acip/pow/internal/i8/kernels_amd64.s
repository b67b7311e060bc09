//go:build amd64

#include "textflag.h"

// VPSHUFB control that turns, in each 128-bit lane, the bytes
// [f0 t0..t3, f1 t0..t3, f2 t0..t3, f3 t0..t3] (the order VPACKSSDW and
// VPACKSSWB leave four feature registers in) into [t0 f0..f3, t1 f0..f3, ...]:
// byte 4t+f takes byte 4f+t.
DATA shufmask<>+0(SB)/8, $0x0d0905010c080400
DATA shufmask<>+8(SB)/8, $0x0f0b07030e0a0602
DATA shufmask<>+16(SB)/8, $0x0d0905010c080400
DATA shufmask<>+24(SB)/8, $0x0f0b07030e0a0602
DATA shufmask<>+32(SB)/8, $0x0d0905010c080400
DATA shufmask<>+40(SB)/8, $0x0f0b07030e0a0602
DATA shufmask<>+48(SB)/8, $0x0d0905010c080400
DATA shufmask<>+56(SB)/8, $0x0f0b07030e0a0602
GLOBL shufmask<>(SB), RODATA|NOPTR, $64

// PACK4 saturates four int32 registers (lanes = 16 tokens) to int8 (the
// clamp) into Z21 in the order [lane quad: f0 t0..3, f1 t0..3, f2, f3].
#define PACK4(a, b, c, d) \
	VPACKSSDW b, a, Z21; \
	VPACKSSDW d, c, Z22; \
	VPACKSSWB Z22, Z21, Z21

// STORE4 packs four features and stores them as one packed group at (AX)
// (XOR Z23: 0x80 for offset output, 0 for signed), then steps AX to the
// next group.
#define STORE4(a, b, c, d) \
	PACK4(a, b, c, d); \
	VPSHUFB Z19, Z21, Z21; \
	VPXORD Z23, Z21, Z21; \
	VMOVDQU32 Z21, (AX); \
	ADDQ R14, AX

// ADDSTORE4 is STORE4 with a saturating add of the value already stored.
#define ADDSTORE4(a, b, c, d) \
	PACK4(a, b, c, d); \
	VPSHUFB Z19, Z21, Z21; \
	VMOVDQU32 (AX), Z22; \
	VPXORD Z23, Z22, Z22; \
	VPADDSB Z22, Z21, Z21; \
	VPXORD Z23, Z21, Z21; \
	VMOVDQU32 Z21, (AX); \
	ADDQ R14, AX

// ILSTORE4 stores four features interleaved (signed, no shuffle).
#define ILSTORE4(a, b, c, d) \
	PACK4(a, b, c, d); \
	VMOVDQU32 Z21, (AX); \
	ADDQ R14, AX

// The RELU variants apply ReLU to the packed bytes (VPMAXSB with zero: the
// clamp and ReLU commute), 4 instructions instead of 16 on int32 lanes.
#define RELUSTORE4(a, b, c, d) \
	PACK4(a, b, c, d); \
	VPMAXSB Z17, Z21, Z21; \
	VPSHUFB Z19, Z21, Z21; \
	VPXORD Z23, Z21, Z21; \
	VMOVDQU32 Z21, (AX); \
	ADDQ R14, AX

#define RELUADDSTORE4(a, b, c, d) \
	PACK4(a, b, c, d); \
	VPMAXSB Z17, Z21, Z21; \
	VPSHUFB Z19, Z21, Z21; \
	VMOVDQU32 (AX), Z22; \
	VPXORD Z23, Z22, Z22; \
	VPADDSB Z22, Z21, Z21; \
	VPXORD Z23, Z21, Z21; \
	VMOVDQU32 Z21, (AX); \
	ADDQ R14, AX

#define RELUILSTORE4(a, b, c, d) \
	PACK4(a, b, c, d); \
	VPMAXSB Z17, Z21, Z21; \
	VMOVDQU32 Z21, (AX); \
	ADDQ R14, AX

// func gemmVNNI(a *gemmRaw)
//
// Registers: SI weights, R8 bias, R9 input block base, DX output tile base,
// R10 output, R11 groups, R12 tiles left, R13 blocks, R14 group stride
// (blocks*64), R15 block, BX flags, Z0-Z15 accumulators (16 outputs x 16
// tokens), Z16 input group, Z17 zero, Z19 shuffle, Z20 shift, Z23 xor mask.
TEXT ·gemmVNNI(SB), NOSPLIT, $0-8
	MOVQ a+0(FP), DI
	MOVQ 24(DI), R10
	MOVQ 32(DI), R11
	MOVQ 48(DI), R13
	MOVQ 64(DI), BX
	MOVQ R13, R14
	SHLQ $6, R14
	MOVQ 56(DI), AX
	VPBROADCASTD AX, Z20
	VPXORD Z17, Z17, Z17
	VMOVDQU64 shufmask<>(SB), Z19
	VPXORD Z23, Z23, Z23
	TESTQ $2, BX
	JNZ signed
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z23
signed:
	XORQ R15, R15

tbloop:
	MOVQ 0(DI), SI
	MOVQ 8(DI), R8
	MOVQ 40(DI), R12
	MOVQ 16(DI), R9
	MOVQ R15, AX
	SHLQ $6, AX
	ADDQ AX, R9
	LEAQ (R10)(AX*1), DX

tileloop:
	VPBROADCASTD 0(R8), Z0
	VPBROADCASTD 4(R8), Z1
	VPBROADCASTD 8(R8), Z2
	VPBROADCASTD 12(R8), Z3
	VPBROADCASTD 16(R8), Z4
	VPBROADCASTD 20(R8), Z5
	VPBROADCASTD 24(R8), Z6
	VPBROADCASTD 28(R8), Z7
	VPBROADCASTD 32(R8), Z8
	VPBROADCASTD 36(R8), Z9
	VPBROADCASTD 40(R8), Z10
	VPBROADCASTD 44(R8), Z11
	VPBROADCASTD 48(R8), Z12
	VPBROADCASTD 52(R8), Z13
	VPBROADCASTD 56(R8), Z14
	VPBROADCASTD 60(R8), Z15
	MOVQ R9, AX
	MOVQ R11, CX

gloop:
	VMOVDQU32 (AX), Z16
	VPDPBUSD.BCST 0(SI), Z16, Z0
	VPDPBUSD.BCST 4(SI), Z16, Z1
	VPDPBUSD.BCST 8(SI), Z16, Z2
	VPDPBUSD.BCST 12(SI), Z16, Z3
	VPDPBUSD.BCST 16(SI), Z16, Z4
	VPDPBUSD.BCST 20(SI), Z16, Z5
	VPDPBUSD.BCST 24(SI), Z16, Z6
	VPDPBUSD.BCST 28(SI), Z16, Z7
	VPDPBUSD.BCST 32(SI), Z16, Z8
	VPDPBUSD.BCST 36(SI), Z16, Z9
	VPDPBUSD.BCST 40(SI), Z16, Z10
	VPDPBUSD.BCST 44(SI), Z16, Z11
	VPDPBUSD.BCST 48(SI), Z16, Z12
	VPDPBUSD.BCST 52(SI), Z16, Z13
	VPDPBUSD.BCST 56(SI), Z16, Z14
	VPDPBUSD.BCST 60(SI), Z16, Z15
	ADDQ $64, SI
	ADDQ R14, AX
	DECQ CX
	JNZ  gloop

	VPSRAVD Z20, Z0, Z0
	VPSRAVD Z20, Z1, Z1
	VPSRAVD Z20, Z2, Z2
	VPSRAVD Z20, Z3, Z3
	VPSRAVD Z20, Z4, Z4
	VPSRAVD Z20, Z5, Z5
	VPSRAVD Z20, Z6, Z6
	VPSRAVD Z20, Z7, Z7
	VPSRAVD Z20, Z8, Z8
	VPSRAVD Z20, Z9, Z9
	VPSRAVD Z20, Z10, Z10
	VPSRAVD Z20, Z11, Z11
	VPSRAVD Z20, Z12, Z12
	VPSRAVD Z20, Z13, Z13
	VPSRAVD Z20, Z14, Z14
	VPSRAVD Z20, Z15, Z15
	MOVQ  DX, AX
	TESTQ $8, BX
	JNZ   interleaved
	TESTQ $4, BX
	JNZ   residual
	TESTQ $1, BX
	JNZ   relu
	STORE4(Z0, Z1, Z2, Z3)
	STORE4(Z4, Z5, Z6, Z7)
	STORE4(Z8, Z9, Z10, Z11)
	STORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

relu:
	RELUSTORE4(Z0, Z1, Z2, Z3)
	RELUSTORE4(Z4, Z5, Z6, Z7)
	RELUSTORE4(Z8, Z9, Z10, Z11)
	RELUSTORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

residual:
	TESTQ $1, BX
	JNZ   reluresidual
	ADDSTORE4(Z0, Z1, Z2, Z3)
	ADDSTORE4(Z4, Z5, Z6, Z7)
	ADDSTORE4(Z8, Z9, Z10, Z11)
	ADDSTORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

reluresidual:
	RELUADDSTORE4(Z0, Z1, Z2, Z3)
	RELUADDSTORE4(Z4, Z5, Z6, Z7)
	RELUADDSTORE4(Z8, Z9, Z10, Z11)
	RELUADDSTORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

interleaved:
	TESTQ $1, BX
	JNZ   reluinterleaved
	ILSTORE4(Z0, Z1, Z2, Z3)
	ILSTORE4(Z4, Z5, Z6, Z7)
	ILSTORE4(Z8, Z9, Z10, Z11)
	ILSTORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

reluinterleaved:
	RELUILSTORE4(Z0, Z1, Z2, Z3)
	RELUILSTORE4(Z4, Z5, Z6, Z7)
	RELUILSTORE4(Z8, Z9, Z10, Z11)
	RELUILSTORE4(Z12, Z13, Z14, Z15)

nexttile:
	LEAQ (DX)(R14*4), DX
	ADDQ $64, R8
	DECQ R12
	JNZ  tileloop
	INCQ R15
	CMPQ R15, R13
	JLT  tbloop
	VZEROUPPER
	RET

// func attendVNNI(a *attendRaw)
//
// Per head: corr[j] = -128 * sum over the head of k[j] (the offset
// correction of the scores, one VPDPBUSD per feature group against a
// register of ones), stored after S; it is the scores' initial value. Then per block of 16 query tokens i (DX
// = block*64): the scores of 16 keys j at a time (Z0-Z15, lanes i =
// corr[j] + sum (q+128)*k), requantized, clamped to [0, 127] and stored as
// 4 bytes (4 consecutive j) per lane i in S; then the mix, up to 16 features
// (4 groups) at a time: S rows against broadcast words of 4 consecutive j of
// one feature (interleaved VT). Chunks past the head's last group compute
// on the slack after VT and are not stored.
//
// Registers: R8 Q, R9 K, R10 VT, R11 A (all at the head's first group),
// R12 S, R13 corr (S + 16*Tp), R14 group stride, BX groups per head, DX
// query block offset; locals: heads left, K during the mix.
TEXT ·attendVNNI(SB), NOSPLIT, $16-8
	MOVQ a+0(FP), AX
	MOVQ 0(AX), R8
	MOVQ 8(AX), R9
	MOVQ 16(AX), R10
	MOVQ 24(AX), R11
	MOVQ 32(AX), R12
	MOVQ 40(AX), R14
	SHLQ $6, R14
	LEAQ (R12)(R14*4), R13
	MOVQ 48(AX), CX
	MOVQ CX, heads-8(SP)
	MOVQ 56(AX), BX
	MOVQ 64(AX), CX
	VPBROADCASTD CX, Z20
	MOVQ 72(AX), CX
	VPBROADCASTD CX, Z24
	VPXORD Z17, Z17, Z17
	MOVL $0x01010101, CX
	VPBROADCASTD CX, Z18
	VMOVDQU64 shufmask<>(SB), Z19
	MOVL $0x80808080, CX
	VPBROADCASTD CX, Z23

headloop:
	XORQ CX, CX

corrloop:
	VPXORD Z0, Z0, Z0
	LEAQ (R9)(CX*1), SI
	MOVQ BX, DI

corrg:
	VPDPBUSD (SI), Z18, Z0
	ADDQ R14, SI
	DECQ DI
	JNZ  corrg
	VPSLLD $7, Z0, Z0
	VPSUBD Z0, Z17, Z0
	VMOVDQU32 Z0, (R13)(CX*1)
	ADDQ $64, CX
	CMPQ CX, R14
	JLT  corrloop

	XORQ DX, DX

ibloop:
	XORQ CX, CX
	MOVQ R12, R15

scoreblk:
	VPBROADCASTD 0(R13)(CX*1), Z0
	VPBROADCASTD 4(R13)(CX*1), Z1
	VPBROADCASTD 8(R13)(CX*1), Z2
	VPBROADCASTD 12(R13)(CX*1), Z3
	VPBROADCASTD 16(R13)(CX*1), Z4
	VPBROADCASTD 20(R13)(CX*1), Z5
	VPBROADCASTD 24(R13)(CX*1), Z6
	VPBROADCASTD 28(R13)(CX*1), Z7
	VPBROADCASTD 32(R13)(CX*1), Z8
	VPBROADCASTD 36(R13)(CX*1), Z9
	VPBROADCASTD 40(R13)(CX*1), Z10
	VPBROADCASTD 44(R13)(CX*1), Z11
	VPBROADCASTD 48(R13)(CX*1), Z12
	VPBROADCASTD 52(R13)(CX*1), Z13
	VPBROADCASTD 56(R13)(CX*1), Z14
	VPBROADCASTD 60(R13)(CX*1), Z15
	LEAQ (R8)(DX*1), AX
	LEAQ (R9)(CX*1), SI
	MOVQ BX, DI

scoreg:
	VMOVDQU32 (AX), Z16
	VPDPBUSD.BCST 0(SI), Z16, Z0
	VPDPBUSD.BCST 4(SI), Z16, Z1
	VPDPBUSD.BCST 8(SI), Z16, Z2
	VPDPBUSD.BCST 12(SI), Z16, Z3
	VPDPBUSD.BCST 16(SI), Z16, Z4
	VPDPBUSD.BCST 20(SI), Z16, Z5
	VPDPBUSD.BCST 24(SI), Z16, Z6
	VPDPBUSD.BCST 28(SI), Z16, Z7
	VPDPBUSD.BCST 32(SI), Z16, Z8
	VPDPBUSD.BCST 36(SI), Z16, Z9
	VPDPBUSD.BCST 40(SI), Z16, Z10
	VPDPBUSD.BCST 44(SI), Z16, Z11
	VPDPBUSD.BCST 48(SI), Z16, Z12
	VPDPBUSD.BCST 52(SI), Z16, Z13
	VPDPBUSD.BCST 56(SI), Z16, Z14
	VPDPBUSD.BCST 60(SI), Z16, Z15
	ADDQ R14, AX
	ADDQ R14, SI
	DECQ DI
	JNZ  scoreg
	VPSRAVD Z20, Z0, Z0
	VPSRAVD Z20, Z1, Z1
	VPSRAVD Z20, Z2, Z2
	VPSRAVD Z20, Z3, Z3
	VPSRAVD Z20, Z4, Z4
	VPSRAVD Z20, Z5, Z5
	VPSRAVD Z20, Z6, Z6
	VPSRAVD Z20, Z7, Z7
	VPSRAVD Z20, Z8, Z8
	VPSRAVD Z20, Z9, Z9
	VPSRAVD Z20, Z10, Z10
	VPSRAVD Z20, Z11, Z11
	VPSRAVD Z20, Z12, Z12
	VPSRAVD Z20, Z13, Z13
	VPSRAVD Z20, Z14, Z14
	VPSRAVD Z20, Z15, Z15
	PACK4(Z0, Z1, Z2, Z3)
	VPMAXSB Z17, Z21, Z21
	VPSHUFB Z19, Z21, Z21
	VMOVDQU32 Z21, (R15)
	ADDQ $64, R15
	PACK4(Z4, Z5, Z6, Z7)
	VPMAXSB Z17, Z21, Z21
	VPSHUFB Z19, Z21, Z21
	VMOVDQU32 Z21, (R15)
	ADDQ $64, R15
	PACK4(Z8, Z9, Z10, Z11)
	VPMAXSB Z17, Z21, Z21
	VPSHUFB Z19, Z21, Z21
	VMOVDQU32 Z21, (R15)
	ADDQ $64, R15
	PACK4(Z12, Z13, Z14, Z15)
	VPMAXSB Z17, Z21, Z21
	VPSHUFB Z19, Z21, Z21
	VMOVDQU32 Z21, (R15)
	ADDQ $64, R15
	ADDQ $64, CX
	CMPQ CX, R14
	JLT  scoreblk

	MOVQ R9, kh-16(SP)
	LEAQ (R14)(R14*2), R13
	MOVQ R10, DI
	LEAQ (R11)(DX*1), AX
	MOVQ BX, CX

mixchunk:
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	MOVQ R12, SI
	MOVQ DI, R15
	MOVQ R14, R9
	SHRQ $4, R9

mixloop:
	VMOVDQU32 (SI), Z16
	VPDPBUSD.BCST 0(R15), Z16, Z0
	VPDPBUSD.BCST 4(R15), Z16, Z1
	VPDPBUSD.BCST 8(R15), Z16, Z2
	VPDPBUSD.BCST 12(R15), Z16, Z3
	VPDPBUSD.BCST 0(R15)(R14*1), Z16, Z4
	VPDPBUSD.BCST 4(R15)(R14*1), Z16, Z5
	VPDPBUSD.BCST 8(R15)(R14*1), Z16, Z6
	VPDPBUSD.BCST 12(R15)(R14*1), Z16, Z7
	VPDPBUSD.BCST 0(R15)(R14*2), Z16, Z8
	VPDPBUSD.BCST 4(R15)(R14*2), Z16, Z9
	VPDPBUSD.BCST 8(R15)(R14*2), Z16, Z10
	VPDPBUSD.BCST 12(R15)(R14*2), Z16, Z11
	VPDPBUSD.BCST 0(R15)(R13*1), Z16, Z12
	VPDPBUSD.BCST 4(R15)(R13*1), Z16, Z13
	VPDPBUSD.BCST 8(R15)(R13*1), Z16, Z14
	VPDPBUSD.BCST 12(R15)(R13*1), Z16, Z15
	ADDQ $64, SI
	ADDQ $16, R15
	DECQ R9
	JNZ  mixloop
	VPSRAVD Z24, Z0, Z0
	VPSRAVD Z24, Z1, Z1
	VPSRAVD Z24, Z2, Z2
	VPSRAVD Z24, Z3, Z3
	VPSRAVD Z24, Z4, Z4
	VPSRAVD Z24, Z5, Z5
	VPSRAVD Z24, Z6, Z6
	VPSRAVD Z24, Z7, Z7
	VPSRAVD Z24, Z8, Z8
	VPSRAVD Z24, Z9, Z9
	VPSRAVD Z24, Z10, Z10
	VPSRAVD Z24, Z11, Z11
	VPSRAVD Z24, Z12, Z12
	VPSRAVD Z24, Z13, Z13
	VPSRAVD Z24, Z14, Z14
	VPSRAVD Z24, Z15, Z15
	STORE4(Z0, Z1, Z2, Z3)
	CMPQ CX, $1
	JLE  mixdone
	STORE4(Z4, Z5, Z6, Z7)
	CMPQ CX, $2
	JLE  mixdone
	STORE4(Z8, Z9, Z10, Z11)
	CMPQ CX, $3
	JLE  mixdone
	STORE4(Z12, Z13, Z14, Z15)
	LEAQ (DI)(R14*4), DI
	SUBQ $4, CX
	JG   mixchunk

mixdone:
	MOVQ kh-16(SP), R9
	LEAQ (R12)(R14*4), R13
	ADDQ $64, DX
	CMPQ DX, R14
	JLT  ibloop

	MOVQ BX, AX
	IMULQ R14, AX
	ADDQ AX, R8
	ADDQ AX, R9
	ADDQ AX, R10
	ADDQ AX, R11
	DECQ heads-8(SP)
	JNZ  headloop
	VZEROUPPER
	RET

// func embedVNNI(a *embedRaw)
//
// x[t] = clamp(TokEmb[tok[t]] + PosEmb[t]) + 128, offset packed: per block
// of 16 tokens and feature group g, one VPGATHERDD of the 4 bytes of every
// token's embedding row, a saturating byte add of the signed packed
// position embeddings, and the offset. Tokens past the sequence are masked
// (their rows are 0 + 0).
//
// Registers: R8 packed positions, R9 tokens, R10 output, R11 tokens left,
// R12 groups, R14 group stride, DX block offset, Z20 width, Z1 row offsets.
TEXT ·embedVNNI(SB), NOSPLIT, $0-8
	MOVQ a+0(FP), DI
	MOVQ 8(DI), R8
	MOVQ 16(DI), R9
	MOVQ 24(DI), R10
	MOVQ 32(DI), AX
	VPBROADCASTD AX, Z20
	MOVQ AX, R12
	SHRQ $2, R12
	MOVQ 40(DI), R11
	MOVQ 48(DI), R14
	SHLQ $6, R14
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z23
	XORQ DX, DX

embblk:
	MOVQ R11, CX
	CMPQ CX, $16
	JLE  embmask
	MOVQ $16, CX

embmask:
	MOVL $1, AX
	SHLL CX, AX
	DECL AX
	KMOVW AX, K2
	VPMOVZXBD.Z (R9), K2, Z1
	VPMULLD Z20, Z1, Z1
	MOVQ 0(DI), SI
	MOVQ R12, CX
	MOVQ DX, BX

embg:
	KMOVW K2, K1
	VPXORD Z2, Z2, Z2
	VPGATHERDD (SI)(Z1*1), K1, Z2
	VPADDSB (R8)(BX*1), Z2, Z2
	VPXORD Z23, Z2, Z2
	VMOVDQU32 Z2, (R10)(BX*1)
	ADDQ $4, SI
	ADDQ R14, BX
	DECQ CX
	JNZ  embg
	ADDQ $16, R9
	ADDQ $64, DX
	SUBQ $16, R11
	JG   embblk
	VZEROUPPER
	RET
