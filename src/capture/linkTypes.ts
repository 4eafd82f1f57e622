/**
 * The link-layer headers tcpdump and Wireshark really write (tcpdump.org/linktypes.html), and how
 * to find the IP packet behind each. Pure and allocation-free: offsets into the frame.
 */
export const LINKTYPE_NULL = 0;
export const LINKTYPE_ETHERNET = 1;
/** OpenBSD's and some old libpcaps' numbers for raw IP. */
export const LINKTYPE_RAW_BSD_A = 12;
export const LINKTYPE_RAW_BSD_B = 14;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LOOP = 108;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_IPV4 = 228;
export const LINKTYPE_IPV6 = 229;
export const LINKTYPE_LINUX_SLL2 = 276;

const LINK_NAMES: Record<number, string> = {
  [LINKTYPE_NULL]: 'BSD loopback (NULL)',
  [LINKTYPE_ETHERNET]: 'Ethernet',
  [LINKTYPE_RAW_BSD_A]: 'raw IP',
  [LINKTYPE_RAW_BSD_B]: 'raw IP',
  [LINKTYPE_RAW]: 'raw IP',
  [LINKTYPE_LOOP]: 'OpenBSD loopback',
  [LINKTYPE_LINUX_SLL]: 'Linux cooked capture v1',
  [LINKTYPE_IPV4]: 'raw IPv4',
  [LINKTYPE_IPV6]: 'raw IPv6',
  [LINKTYPE_LINUX_SLL2]: 'Linux cooked capture v2',
};

export function linkTypeName(linkType: number): string | undefined {
  return LINK_NAMES[linkType];
}

export function isSupportedLinkType(linkType: number): boolean {
  return linkType in LINK_NAMES;
}

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_QINQ = 0x88a8;

/** Address families a BSD loopback header may carry for IPv6 (NetBSD/OpenBSD, FreeBSD, macOS). */
const AF_INET = 2;
const AF_INET6 = [24, 28, 30];

/** Where the IP packet starts in a frame, and its version (4 or 6); null when it is not IP. */
export interface IpStart {
  offset: number;
  version: 4 | 6;
}

function byEthertype(type: number, offset: number): IpStart | null {
  if (type === ETHERTYPE_IPV4) return { offset, version: 4 };
  if (type === ETHERTYPE_IPV6) return { offset, version: 6 };
  return null;
}

function byVersionNibble(frame: Uint8Array, offset: number): IpStart | null {
  const v = (frame[offset] ?? 0) >> 4;
  if (v === 4 || v === 6) return { offset, version: v };
  return null;
}

function u16(frame: Uint8Array, at: number): number {
  return ((frame[at] ?? 0) << 8) | (frame[at + 1] ?? 0);
}

export function findIp(linkType: number, frame: Uint8Array): IpStart | null {
  switch (linkType) {
    case LINKTYPE_ETHERNET: {
      let at = 12;
      let type = u16(frame, at);
      // Up to two VLAN tags (802.1Q, QinQ) sit between the MAC addresses and the ethertype.
      for (let tags = 0; tags < 2 && (type === ETHERTYPE_VLAN || type === ETHERTYPE_QINQ); tags++) {
        at += 4;
        type = u16(frame, at);
      }
      return byEthertype(type, at + 2);
    }
    case LINKTYPE_RAW:
    case LINKTYPE_RAW_BSD_A:
    case LINKTYPE_RAW_BSD_B:
    case LINKTYPE_IPV4:
    case LINKTYPE_IPV6:
      return byVersionNibble(frame, 0);
    case LINKTYPE_LINUX_SLL:
      return byEthertype(u16(frame, 14), 16);
    case LINKTYPE_LINUX_SLL2:
      return byEthertype(u16(frame, 0), 20);
    case LINKTYPE_NULL:
    case LINKTYPE_LOOP: {
      // NULL writes the family in the capturing host's byte order, LOOP in network order:
      // accept either, since a file may travel between machines.
      const be = (((frame[0] ?? 0) << 24) | ((frame[1] ?? 0) << 16) | u16(frame, 2)) >>> 0;
      const le =
        (((frame[3] ?? 0) << 24) |
          ((frame[2] ?? 0) << 16) |
          ((frame[1] ?? 0) << 8) |
          (frame[0] ?? 0)) >>>
        0;
      for (const family of [be, le]) {
        if (family === AF_INET) return { offset: 4, version: 4 };
        if (AF_INET6.includes(family)) return { offset: 4, version: 6 };
      }
      return null;
    }
    default:
      return null;
  }
}
