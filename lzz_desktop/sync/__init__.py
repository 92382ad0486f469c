"""Client side of sync: protocol messages, outbox push, pull apply, three-way text merge. No Qt."""
