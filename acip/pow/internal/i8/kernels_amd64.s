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

// func gemmVNNI(a *gemmRaw)
//
// Registers: SI weights, R8 bias, R9 input block base, DX output tile base,
// R10 output, R11 groups, R12 tiles left, R13 blocks, R14 group stride
// (blocks*64), R15 block, BX flags, Z0-Z15 accumulators (16 outputs x 16
// tokens), Z16 input group, Z17 zero, Z19 shuffle, X20 shift, Z23 xor mask.
TEXT ·gemmVNNI(SB), NOSPLIT, $0-8
	MOVQ a+0(FP), DI
	MOVQ 24(DI), R10
	MOVQ 32(DI), R11
	MOVQ 48(DI), R13
	MOVQ 64(DI), BX
	MOVQ R13, R14
	SHLQ $6, R14
	MOVQ 56(DI), AX
	VMOVQ AX, X20
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

	VPSRAD X20, Z0, Z0
	VPSRAD X20, Z1, Z1
	VPSRAD X20, Z2, Z2
	VPSRAD X20, Z3, Z3
	VPSRAD X20, Z4, Z4
	VPSRAD X20, Z5, Z5
	VPSRAD X20, Z6, Z6
	VPSRAD X20, Z7, Z7
	VPSRAD X20, Z8, Z8
	VPSRAD X20, Z9, Z9
	VPSRAD X20, Z10, Z10
	VPSRAD X20, Z11, Z11
	VPSRAD X20, Z12, Z12
	VPSRAD X20, Z13, Z13
	VPSRAD X20, Z14, Z14
	VPSRAD X20, Z15, Z15
	TESTQ $1, BX
	JZ    norelu
	VPMAXSD Z17, Z0, Z0
	VPMAXSD Z17, Z1, Z1
	VPMAXSD Z17, Z2, Z2
	VPMAXSD Z17, Z3, Z3
	VPMAXSD Z17, Z4, Z4
	VPMAXSD Z17, Z5, Z5
	VPMAXSD Z17, Z6, Z6
	VPMAXSD Z17, Z7, Z7
	VPMAXSD Z17, Z8, Z8
	VPMAXSD Z17, Z9, Z9
	VPMAXSD Z17, Z10, Z10
	VPMAXSD Z17, Z11, Z11
	VPMAXSD Z17, Z12, Z12
	VPMAXSD Z17, Z13, Z13
	VPMAXSD Z17, Z14, Z14
	VPMAXSD Z17, Z15, Z15

norelu:
	MOVQ  DX, AX
	TESTQ $8, BX
	JNZ   interleaved
	TESTQ $4, BX
	JNZ   residual
	STORE4(Z0, Z1, Z2, Z3)
	STORE4(Z4, Z5, Z6, Z7)
	STORE4(Z8, Z9, Z10, Z11)
	STORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

residual:
	ADDSTORE4(Z0, Z1, Z2, Z3)
	ADDSTORE4(Z4, Z5, Z6, Z7)
	ADDSTORE4(Z8, Z9, Z10, Z11)
	ADDSTORE4(Z12, Z13, Z14, Z15)
	JMP nexttile

interleaved:
	ILSTORE4(Z0, Z1, Z2, Z3)
	ILSTORE4(Z4, Z5, Z6, Z7)
	ILSTORE4(Z8, Z9, Z10, Z11)
	ILSTORE4(Z12, Z13, Z14, Z15)

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
// Per head, per block of 16 query tokens i (DX = block*64): the scores of
// four keys j at a time (Z0-Z3 = sum over the head of (q+128)*k, Z4-Z7 =
// 128*sum k, the offset correction), requantized and packed as 4 bytes per
// lane i (S, no offset: scores are in [0, 127]); then the mix, 4 features
// at a time, broadcasting 4 consecutive values of one feature (interleaved
// VT) against 4 consecutive scores of each lane.
//
// Registers: R8 Q, R9 K, R10 VT, R11 A (all at the head's first group),
// R12 S, R14 group stride, BX groups per head, DX block offset; heads left
// in a local.
TEXT ·attendVNNI(SB), NOSPLIT, $8-8
	MOVQ a+0(FP), AX
	MOVQ 0(AX), R8
	MOVQ 8(AX), R9
	MOVQ 16(AX), R10
	MOVQ 24(AX), R11
	MOVQ 32(AX), R12
	MOVQ 40(AX), R14
	SHLQ $6, R14
	MOVQ 48(AX), CX
	MOVQ CX, heads-8(SP)
	MOVQ 56(AX), BX
	MOVQ 64(AX), CX
	VMOVQ CX, X20
	MOVQ 72(AX), CX
	VMOVQ CX, X24
	VPXORD Z17, Z17, Z17
	MOVL $0x80808080, CX
	VPBROADCASTD CX, Z18
	VMOVDQU64 shufmask<>(SB), Z19
	VMOVDQU64 Z18, Z23

headloop:
	XORQ DX, DX

ibloop:
	MOVQ R9, DI
	MOVQ R12, CX
	MOVQ R14, R15
	SHRQ $4, R15

jqloop:
	VMOVDQA64 Z17, Z0
	VMOVDQA64 Z17, Z1
	VMOVDQA64 Z17, Z2
	VMOVDQA64 Z17, Z3
	VMOVDQA64 Z17, Z4
	VMOVDQA64 Z17, Z5
	VMOVDQA64 Z17, Z6
	VMOVDQA64 Z17, Z7
	LEAQ (R8)(DX*1), AX
	MOVQ DI, SI
	MOVQ BX, R13

ggloop:
	VMOVDQU32 (AX), Z16
	VPDPBUSD.BCST 0(SI), Z16, Z0
	VPDPBUSD.BCST 4(SI), Z16, Z1
	VPDPBUSD.BCST 8(SI), Z16, Z2
	VPDPBUSD.BCST 12(SI), Z16, Z3
	VPDPBUSD.BCST 0(SI), Z18, Z4
	VPDPBUSD.BCST 4(SI), Z18, Z5
	VPDPBUSD.BCST 8(SI), Z18, Z6
	VPDPBUSD.BCST 12(SI), Z18, Z7
	ADDQ R14, AX
	ADDQ R14, SI
	DECQ R13
	JNZ  ggloop
	VPSUBD Z4, Z0, Z0
	VPSUBD Z5, Z1, Z1
	VPSUBD Z6, Z2, Z2
	VPSUBD Z7, Z3, Z3
	VPSRAD X20, Z0, Z0
	VPSRAD X20, Z1, Z1
	VPSRAD X20, Z2, Z2
	VPSRAD X20, Z3, Z3
	VPMAXSD Z17, Z0, Z0
	VPMAXSD Z17, Z1, Z1
	VPMAXSD Z17, Z2, Z2
	VPMAXSD Z17, Z3, Z3
	PACK4(Z0, Z1, Z2, Z3)
	VPSHUFB Z19, Z21, Z21
	VMOVDQU32 Z21, (CX)
	ADDQ $64, CX
	ADDQ $16, DI
	DECQ R15
	JNZ  jqloop

	MOVQ R10, DI
	LEAQ (R11)(DX*1), AX
	MOVQ BX, R13

cgloop:
	VMOVDQA64 Z17, Z0
	VMOVDQA64 Z17, Z1
	VMOVDQA64 Z17, Z2
	VMOVDQA64 Z17, Z3
	MOVQ R12, SI
	MOVQ DI, R15
	MOVQ R14, CX
	SHRQ $4, CX

mixloop:
	VMOVDQU32 (SI), Z16
	VPDPBUSD.BCST 0(R15), Z16, Z0
	VPDPBUSD.BCST 4(R15), Z16, Z1
	VPDPBUSD.BCST 8(R15), Z16, Z2
	VPDPBUSD.BCST 12(R15), Z16, Z3
	ADDQ $64, SI
	ADDQ $16, R15
	DECQ CX
	JNZ  mixloop
	VPSRAD X24, Z0, Z0
	VPSRAD X24, Z1, Z1
	VPSRAD X24, Z2, Z2
	VPSRAD X24, Z3, Z3
	STORE4(Z0, Z1, Z2, Z3)
	ADDQ R14, DI
	DECQ R13
	JNZ  cgloop

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
