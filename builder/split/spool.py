"""Records parked on disk while a big input is read, and read back one at a time.

Takes: picklable records (converted posts and comments).  Gives: a handle per
record and the record back from its handle.  On disk it is a temporary file of
pickles (deleted when closed or collected); small inputs keep the records
themselves, so the same code serves both.
"""

from __future__ import annotations

import pickle
import tempfile
from typing import Any


class Spool:
    """Converted records kept on disk (a temporary file of pickles) or, when small, in memory.

    `put` gives a handle, `get` the record back: an export of any size is read in one
    pass, and only small index records stay in memory until the posts are written.
    """

    def __init__(self, on_disk: bool) -> None:
        # closed by close(), or with the spool when it is collected
        self.file = tempfile.TemporaryFile() if on_disk else None  # noqa: SIM115

    def put(self, record: Any) -> Any:
        if self.file is None:
            return record
        offset = self.file.tell()
        pickle.dump(record, self.file, pickle.HIGHEST_PROTOCOL)
        return offset

    def get(self, handle: Any) -> Any:
        if self.file is None:
            return handle
        self.file.seek(handle)
        return pickle.load(self.file)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
