package deliberation

import (
	"errors"

	sqlite3 "github.com/mattn/go-sqlite3"
)

func isUnique(err error) bool {
	var e sqlite3.Error
	return errors.As(err, &e) && e.ExtendedCode == sqlite3.ErrConstraintUnique
}
