"""The HTTP endpoint's listen address: "host:port"."""

from __future__ import annotations

import ipaddress
import re

_LISTEN_EXAMPLE = 'must be "host:port", e.g. "127.0.0.1:8080" or "[::1]:8080"'
_HOSTNAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*")


def split_listen(value: str) -> tuple[str, int]:
    """ "host:port" (an IPv4 address, [an IPv6 address] or a host name) as (host, port)."""
    if "://" in value:
        raise ValueError(_LISTEN_EXAMPLE.replace('port", ', 'port" without a scheme, '))
    if value.startswith("["):
        host, bracket, rest = value[1:].partition("]")
        port = rest.removeprefix(":")
        if not bracket or port == rest:
            raise ValueError(_LISTEN_EXAMPLE)
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise ValueError(f"{host!r} in brackets is not an IPv6 address") from None
    else:
        host, colon, port = value.rpartition(":")
        if not colon or not host:
            raise ValueError(_LISTEN_EXAMPLE)
        if ":" in host:
            raise ValueError(f'an IPv6 address goes in brackets: "[{host}]:{port}"')
        if re.fullmatch(r"[\d.]+", host):
            try:
                ipaddress.IPv4Address(host)
            except ValueError:
                raise ValueError(f"{host!r} is not an IPv4 address") from None
        elif not _HOSTNAME.fullmatch(host) or len(host) > 253:
            raise ValueError(f"{host!r} is not an IP address or a host name")
    if not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise ValueError(f"port {port!r} is not a number from 1 to 65535")
    return host, int(port)
