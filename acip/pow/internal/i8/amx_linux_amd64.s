#include "textflag.h"

// func peakAMX(cfg *byte, iters int)
//
// iters x 4 independent TDPBSSD (int8 x int8 -> int32 tile products, 16 x
// 16 x 64 = 16384 multiply-adds each) on tiles set to zero: accumulators
// tmm0-tmm3, sources tmm4-tmm7, no memory traffic. The Go assembler has no
// AMX mnemonics, so the instructions are spelled out (VEX encodings from
// the Intel SDM):
//
//	LDTILECFG (DI)           C4 E2 78 49 07
//	TILEZERO tmmN            C4 E2 7B 49 (C0 | N<<3)
//	TDPBSSD tmmC, tmmA, tmmB C4 E2 ((^B&15)<<3 | 3) 5E (C0 | C<<3 | A)
//	TILERELEASE              C4 E2 78 49 C0
TEXT ·peakAMX(SB), NOSPLIT, $0-16
	MOVQ cfg+0(FP), DI
	MOVQ iters+8(FP), CX
	BYTE $0xC4; BYTE $0xE2; BYTE $0x78; BYTE $0x49; BYTE $0x07
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xC0
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xC8
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xD0
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xD8
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xE0
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xE8
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xF0
	BYTE $0xC4; BYTE $0xE2; BYTE $0x7B; BYTE $0x49; BYTE $0xF8

amxloop:
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4B; BYTE $0x5E; BYTE $0xC4 // TDPBSSD tmm0, tmm4, tmm6
	BYTE $0xC4; BYTE $0xE2; BYTE $0x43; BYTE $0x5E; BYTE $0xCC // TDPBSSD tmm1, tmm4, tmm7
	BYTE $0xC4; BYTE $0xE2; BYTE $0x4B; BYTE $0x5E; BYTE $0xD5 // TDPBSSD tmm2, tmm5, tmm6
	BYTE $0xC4; BYTE $0xE2; BYTE $0x43; BYTE $0x5E; BYTE $0xDD // TDPBSSD tmm3, tmm5, tmm7
	DECQ CX
	JNZ  amxloop
	BYTE $0xC4; BYTE $0xE2; BYTE $0x78; BYTE $0x49; BYTE $0xC0
	RET
