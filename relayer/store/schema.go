package store

// migrations are applied in order; the database's PRAGMA user_version is the
// number already applied. Append new steps, never edit a released one.
var migrations = []string{
	// 1: intents, their signed transactions, chain checkpoints and block hashes.
	`
CREATE TABLE intents (
	id               INTEGER PRIMARY KEY AUTOINCREMENT,
	idem_key         TEXT    NOT NULL UNIQUE,
	account          TEXT    NOT NULL,             -- sender address, 0x-hex lowercase
	to_addr          TEXT,                         -- NULL creates a contract
	data             BLOB    NOT NULL,
	value            TEXT    NOT NULL,             -- wei, decimal
	gas_limit        INTEGER NOT NULL,             -- 0 until estimated when the candidate left it open
	state            TEXT    NOT NULL,
	nonce            INTEGER,                      -- NULL until assigned
	attempts         INTEGER NOT NULL DEFAULT 0,   -- transactions signed, all nonces
	cancel_requested INTEGER NOT NULL DEFAULT 0,
	last_error       TEXT    NOT NULL DEFAULT '',
	tx_hash          TEXT,                         -- the transaction that was mined
	block_number     INTEGER,
	block_hash       TEXT,
	receipt_status   INTEGER,
	created_at       INTEGER NOT NULL,             -- unix nanoseconds
	updated_at       INTEGER NOT NULL
);
CREATE INDEX intents_account_state ON intents (account, state, id);
CREATE UNIQUE INDEX intents_account_nonce ON intents (account, nonce) WHERE nonce IS NOT NULL;

CREATE TABLE attempts (
	intent_id   INTEGER NOT NULL REFERENCES intents (id),
	seq         INTEGER NOT NULL,
	tx_hash     TEXT    NOT NULL UNIQUE,
	nonce       INTEGER NOT NULL,
	gas_tip_cap TEXT    NOT NULL,
	gas_fee_cap TEXT    NOT NULL,
	gas         INTEGER NOT NULL,
	cancel      INTEGER NOT NULL,
	stale       INTEGER NOT NULL DEFAULT 0,       -- its nonce was taken by a transaction not in this store
	raw         BLOB    NOT NULL,                 -- the signed transaction, for rebroadcast
	created_at  INTEGER NOT NULL,
	PRIMARY KEY (intent_id, seq)
);
CREATE INDEX attempts_nonce ON attempts (nonce);

CREATE TABLE checkpoints (
	name       TEXT    PRIMARY KEY,
	number     INTEGER NOT NULL,
	hash       TEXT    NOT NULL,
	updated_at INTEGER NOT NULL
);

CREATE TABLE block_hashes (
	name        TEXT    NOT NULL,
	number      INTEGER NOT NULL,
	hash        TEXT    NOT NULL,
	parent_hash TEXT    NOT NULL,
	PRIMARY KEY (name, number)
);
`,
}
