"""The schema's history. Each step runs once, in order, recorded in PRAGMA user_version.

Add a step at the end; never edit one that has shipped. A new step makes or changes tables
with sqlite-utils (`db[name].create(...)`, `db[name].transform(...)`): SQLite's ALTER TABLE
cannot change a column, and `transform` does the copy-and-swap it needs in one call. The first
step stays the SQL it shipped as.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite_utils


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'resolved')),
            assignee TEXT,
            subject TEXT NOT NULL DEFAULT '',
            customer_address TEXT NOT NULL DEFAULT '',
            customer_name TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            out_of_hours INTEGER NOT NULL DEFAULT 0,
            ack_state TEXT NOT NULL DEFAULT 'not-needed',
            ack_reason TEXT NOT NULL DEFAULT '',
            pi_request TEXT,
            faq_hits TEXT NOT NULL DEFAULT '[]',
            answered INTEGER NOT NULL DEFAULT 0,
            malformed INTEGER NOT NULL DEFAULT 0,
            slack_channel TEXT,
            slack_ts TEXT,
            followups INTEGER NOT NULL DEFAULT 0,
            last_customer_message_at TEXT
        );
        CREATE INDEX cases_status ON cases (status, number);
        CREATE INDEX cases_assignee ON cases (assignee, status);

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            case_id INTEGER REFERENCES cases (id),
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            kind TEXT NOT NULL DEFAULT 'customer',
            state TEXT NOT NULL DEFAULT 'stored',
            received_at TEXT NOT NULL,
            mail_from TEXT NOT NULL,
            rcpt_tos TEXT NOT NULL,
            peer TEXT NOT NULL DEFAULT '',
            tls INTEGER NOT NULL DEFAULT 0,
            raw BLOB NOT NULL,
            raw_size INTEGER NOT NULL,
            dedup_key TEXT NOT NULL,
            message_id TEXT,
            in_reply_to TEXT NOT NULL DEFAULT '[]',
            refs TEXT NOT NULL DEFAULT '[]',
            subject TEXT NOT NULL DEFAULT '',
            from_address TEXT,
            from_name TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            body_for_matching TEXT NOT NULL DEFAULT '',
            attachments TEXT NOT NULL DEFAULT '[]',
            defects TEXT NOT NULL DEFAULT '[]',
            author TEXT
        );
        CREATE INDEX messages_dedup ON messages (dedup_key, received_at);
        CREATE INDEX messages_message_id ON messages (message_id);
        CREATE INDEX messages_case ON messages (case_id, id);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX events_case ON events (case_id, id);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            case_id INTEGER,
            payload TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'running', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outbox_due ON outbox (state, kind, next_attempt_at, id);

        -- RFC 3834 §2 / RFC 5230 §4.2: at most one acknowledgement per sender per window.
        -- state 'reserved' holds the place while the message is on its way (so fifty mails
        -- at once give one acknowledgement); 'sent' is written only once the relay took it.
        CREATE TABLE ack_marks (
            sender_key TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('reserved', 'sent')),
            case_id INTEGER NOT NULL,
            reserved_at TEXT NOT NULL,
            sent_at TEXT,
            expires_at TEXT
        );
        """
    )


def _v2_search_index(db: sqlite_utils.Database) -> None:
    from casework.search import enable_index

    enable_index(db)


def _v3_case_times(db: sqlite_utils.Database) -> None:
    # No foreign key: erasing a case must not be held up by its figures (they go with it).
    db.executescript(
        """
        CREATE TABLE case_times (
            case_id INTEGER PRIMARY KEY,
            first_response_at TEXT,
            first_response_hours REAL,
            resolved_at TEXT,
            resolution_hours REAL
        );
        -- How far casework.report has read the events table.
        CREATE TABLE report_marks (name TEXT PRIMARY KEY, event_id INTEGER NOT NULL);
        """
    )


def _v4_outbox_priority(db: sqlite_utils.Database) -> None:
    """A posting priority, and indexes shaped like the queries the workers run.

    Claims read pending rows of one kind in (priority, id) order and stop at their limit; a
    partial index holds only the pending rows, so it stays small however many rows are done.
    "Is a post waiting for this case?" is answered by case id, not by scanning every pending
    post; the retrying posts older than a row are found without reading the due ones."""
    db.executescript(
        """
        ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
        DROP INDEX outbox_due;
        CREATE INDEX outbox_due ON outbox (kind, priority, id) WHERE state = 'pending';
        CREATE INDEX outbox_case ON outbox (case_id, kind, state);
        CREATE INDEX outbox_retrying ON outbox (kind, id) WHERE state = 'pending' AND attempts > 0;
        CREATE INDEX outbox_open ON outbox (kind, state) WHERE state != 'done';
        """
    )


def _v5_privacy(db: sqlite_utils.Database) -> None:
    """The tables behind docs/privacy.md: whose mail is whose, erasures, suspensions of use,
    identity confirmations, the Slack thread notes the desk posted, the privacy audit log."""
    db.executescript(
        """
        -- casework.person: the address keys of each received mail ("-": read, nobody's).
        CREATE TABLE message_addresses (
            address_key TEXT NOT NULL,
            message_id INTEGER NOT NULL,
            PRIMARY KEY (address_key, message_id)
        ) WITHOUT ROWID;
        CREATE INDEX message_addresses_message ON message_addresses (message_id);

        CREATE TABLE erased_cases (
            case_id INTEGER PRIMARY KEY,
            erased_at TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE TABLE suspensions (
            address_key TEXT PRIMARY KEY,
            since TEXT NOT NULL,
            actor TEXT NOT NULL
        );
        CREATE TABLE identity_confirmations (
            case_id INTEGER PRIMARY KEY,
            user TEXT NOT NULL,
            at TEXT NOT NULL
        );
        -- Thread notes the desk posted, so that an erase can delete the ones quoting a person.
        CREATE TABLE slack_notes (
            channel TEXT NOT NULL,
            ts TEXT NOT NULL,
            case_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message_id INTEGER,  -- the follow-up mail a note quotes
            PRIMARY KEY (channel, ts)
        );
        CREATE INDEX slack_notes_case ON slack_notes (case_id);
        -- Who erased or purged what and when, with counts only: no personal data.
        CREATE TABLE privacy_audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE privacy_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )
    # Space freed before secure_delete was switched on may still hold old bytes: the first
    # erase of such a database runs VACUUM once (docs/privacy.md, "Deletion").
    if db.execute("SELECT 1 FROM messages LIMIT 1").fetchone() is not None:
        db.execute("INSERT INTO privacy_state (name, value) VALUES ('vacuum_needed', '1')")


def _v6_sender_history(db: sqlite_utils.Database) -> None:
    # Whether an address wrote before, and how often lately (casework.priority), read from
    # an index range rather than by scanning every case.
    db.execute("CREATE INDEX cases_customer ON cases (customer_address, received_at)")


def _v7_slack_digests(db: sqlite_utils.Database) -> None:
    """Flood digests (casework.slackposts): one channel message standing for many bulk mails
    from one sender domain, and on each case the digest that shows it."""
    db.executescript(
        """
        CREATE TABLE slack_digests (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            subject TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            channel TEXT,
            ts TEXT,
            opened_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX slack_digests_key ON slack_digests (key, updated_at);
        ALTER TABLE cases ADD COLUMN digest_id INTEGER;
        CREATE INDEX cases_digest ON cases (digest_id, id);
        """
    )


def _v8_correspondents(db: sqlite_utils.Database) -> None:
    # reply_to: where a person's answer goes (Reply-To, else From); cc: the first mail's Cc.
    # Both JSON lists; [] for cases stored before, whose replies go to the envelope sender.
    db.executescript(
        """
        ALTER TABLE cases ADD COLUMN reply_to TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE cases ADD COLUMN cc TEXT NOT NULL DEFAULT '[]';
        """
    )


def _v9_privacy_indexes(db: sqlite_utils.Database) -> None:
    """Covering indexes for casework.person's two scans, so that neither reads the rows (each
    holds a whole mail): the mail the desk sent, by recipient; received mail not yet indexed."""
    db.executescript(
        """
        CREATE INDEX messages_recipients ON messages (direction, rcpt_tos);
        CREATE INDEX messages_sizes ON messages (direction, raw_size);
        """
    )


def _v10_case_notes(db: sqlite_utils.Database) -> None:
    """Internal notes (casework.notes): staff's replies in a case's Slack thread, keyed by
    their Slack message; cases found by their message's ts, as a thread reply names it."""
    db.executescript(
        """
        CREATE TABLE case_notes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL,
            channel TEXT NOT NULL,
            ts TEXT NOT NULL,
            user TEXT NOT NULL,
            text TEXT NOT NULL,
            at TEXT NOT NULL,
            edited_at TEXT,
            UNIQUE (channel, ts)
        );
        CREATE INDEX case_notes_case ON case_notes (case_id, at);
        CREATE INDEX cases_slack_ts ON cases (slack_ts);
        """
    )


def _v11_openings_and_targets(db: sqlite_utils.Database) -> None:
    # opening_digests: each opening handled by casework.opening, posted or not (so, once).
    # overdue_at / reminded_at: casework.sla's mark and its one reminder.
    db.executescript(
        """
        CREATE TABLE opening_digests (
            opening TEXT PRIMARY KEY,
            closed TEXT NOT NULL,
            cases INTEGER NOT NULL,
            handled_at TEXT NOT NULL
        );
        ALTER TABLE cases ADD COLUMN overdue_at TEXT;
        ALTER TABLE cases ADD COLUMN reminded_at TEXT;
        """
    )


def _v12_customer_key(db: sqlite_utils.Database) -> None:
    """The customer's history (casework.history) by the person, not the envelope: the key of
    the address a reply goes to (Reply-To, else From, else the envelope sender), so that a
    web form's per-mail bounce address or a change of case in the address still finds them."""
    db.executescript(
        """
        ALTER TABLE cases ADD COLUMN customer_key TEXT NOT NULL DEFAULT '';
        CREATE INDEX cases_customer_key ON cases (customer_key, received_at);
        """
    )
    # Imported here: casework.history reads the database through casework.db, which runs
    # these migrations.
    from casework.history import customer_key

    rows = db.execute("SELECT id, reply_to, customer_address FROM cases").fetchall()
    keys = [
        (customer_key(json.loads(reply_to) or ([address] if address else [])), case_id)
        for case_id, reply_to, address in rows
    ]
    db.conn.executemany("UPDATE cases SET customer_key = ? WHERE id = ?", keys)


def _v13_short_search_terms(db: sqlite_utils.Database) -> None:
    from casework.search import enable_short_terms

    enable_short_terms(db)


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_initial,
    _v2_search_index,
    _v3_case_times,
    _v4_outbox_priority,
    _v5_privacy,
    _v6_sender_history,
    _v7_slack_digests,
    _v8_correspondents,
    _v9_privacy_indexes,
    _v10_case_notes,
    _v11_openings_and_targets,
    _v12_customer_key,
    _v13_short_search_terms,
)


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the steps this database has not seen. Returns the schema version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.conn:
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)
