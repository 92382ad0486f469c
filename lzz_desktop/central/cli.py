"""``lzz-central``: serve the central store, migrate it, manage accounts and devices."""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from collections.abc import Sequence

from sqlalchemy import update

from lzz_desktop.central import accounts, migrate
from lzz_desktop.central.accounts import AccountError
from lzz_desktop.central.db import DEFAULT_URL_ENV, default_url, make_engine, meta

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=None,
        help=f"SQLAlchemy URL (or {DEFAULT_URL_ENV}); default: lzz-central.sqlite in the current directory",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lzz-central", description="LZZ central store")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help="serve the sync API over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--workers", type=int, default=1)
    _url_option(serve)
    _url_option(sub.add_parser("migrate", help="create or upgrade the database schema"))
    _url_option(
        sub.add_parser("new-epoch", help="after restoring a backup: make clients push and pull in full")
    )

    user = sub.add_parser("user", help="manage accounts").add_subparsers(dest="action", required=True)
    add = user.add_parser("add", help="add an account; the password is read from standard input")
    add.add_argument("name")
    add.add_argument("--role", choices=accounts.ROLES, required=True)
    add.add_argument("--district", action="append", default=[], metavar="NAME", help="district name or id")
    add.add_argument(
        "--consultancy", default="", metavar="NAME", help="the consultancy a consultant works for"
    )
    _url_option(add)
    for action in ("grant", "revoke"):
        p = user.add_parser(action, help=f"{action} access to districts")
        p.add_argument("name")
        p.add_argument("--district", action="append", required=True, metavar="NAME")
        _url_option(p)
    passwd = user.add_parser("passwd", help="set a new password (read from standard input)")
    passwd.add_argument("name")
    _url_option(passwd)

    device = sub.add_parser("device", help="manage device tokens").add_subparsers(
        dest="action", required=True
    )
    revoke = device.add_parser("revoke", help="revoke a user's device tokens (all, or one with --device)")
    revoke.add_argument("name")
    revoke.add_argument("--device", metavar="ID", default=None)
    _url_option(revoke)
    return parser


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Passwort: ")
        if getpass.getpass("Passwort wiederholen: ") != first:
            raise AccountError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = args.database_url or default_url()
    engine = make_engine(url)
    try:
        if args.command == "migrate":
            migrate.upgrade(engine)
            print(f"migrated: {migrate.current_revision(engine)}")
            return EXIT_OK
        if args.command == "serve":
            import uvicorn

            from lzz_desktop.central.app import create_app

            if migrate.current_revision(engine) is None:
                print("the database has no schema yet: run `lzz-central migrate` first", file=sys.stderr)
                return EXIT_FAILED
            uvicorn.run(create_app(engine=engine), host=args.host, port=args.port, log_level="warning")
            return EXIT_OK
        if args.command == "new-epoch":
            with engine.begin() as conn:
                conn.execute(update(meta).where(meta.c.key == "epoch").values(value=str(uuid.uuid4())))
            return EXIT_OK
        with engine.begin() as conn:
            if args.command == "user" and args.action == "add":
                accounts.add_user(
                    conn, args.name, args.role, _read_password(), args.district, args.consultancy
                )
            elif args.command == "user" and args.action == "grant":
                accounts.grant(conn, args.name, args.district)
            elif args.command == "user" and args.action == "revoke":
                accounts.revoke(conn, args.name, args.district)
            elif args.command == "user" and args.action == "passwd":
                accounts.set_password(conn, args.name, _read_password())
            elif args.command == "device":
                count = accounts.revoke_devices(conn, args.name, args.device)
                print(f"revoked devices: {count}")
        return EXIT_OK
    except AccountError as error:
        print(f"lzz-central: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
