//! Room mode: when the server listens on every interface, the addresses learners' phones and
//! laptops can open, and a QR code of the first for the projector.

use std::net::{IpAddr, SocketAddr};

/// The addresses this machine can be reached at on its networks (not loopback), IPv4 first.
pub fn lan_addresses() -> Vec<IpAddr> {
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| i.ip())
        .filter(|ip| match ip {
            // Link-local IPv6 addresses need a zone to be opened; phones cannot use them.
            IpAddr::V6(v6) => (v6.segments()[0] & 0xffc0) != 0xfe80,
            IpAddr::V4(_) => true,
        })
        .collect();
    ips.sort_by_key(|ip| (ip.is_ipv6(), *ip));
    ips.dedup();
    ips
}

/// The site's address at `ip`.
pub fn url(ip: IpAddr, port: u16, base: &str) -> String {
    format!("http://{}{base}", SocketAddr::new(ip, port))
}

/// What room mode prints: every address, and a QR code of the first (or why there is none).
pub fn banner(ips: &[IpAddr], port: u16, base: &str) -> String {
    let Some(first) = ips.first() else {
        return format!(
            "Room mode, but this machine has no network address besides loopback: join a network (the room's wifi) and restart.\nOn this machine: {}\nCtrl-C stops.\n",
            url(IpAddr::from([127, 0, 0, 1]), port, base)
        );
    };
    let mut out = String::from("Room mode: learners on the same network can open\n");
    for ip in ips {
        out.push_str(&format!("  {}\n", url(*ip, port, base)));
    }
    let first = url(*first, port, base);
    match qrcode::QrCode::new(first.as_bytes()) {
        Ok(code) => {
            out.push_str(&format!("Scan to open {first}:\n"));
            // Light modules drawn, dark left blank: reads on a dark terminal.
            let qr = code
                .render::<qrcode::render::unicode::Dense1x2>()
                .dark_color(qrcode::render::unicode::Dense1x2::Light)
                .light_color(qrcode::render::unicode::Dense1x2::Dark)
                .quiet_zone(true)
                .build();
            out.push_str(&qr);
            out.push('\n');
        }
        Err(e) => out.push_str(&format!("(no QR code: {e})\n")),
    }
    out.push_str("Ctrl-C stops.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banner_lists_every_address_and_draws_a_code() {
        let ips: Vec<IpAddr> = vec!["192.168.1.20".parse().unwrap(), "10.0.0.5".parse().unwrap()];
        let b = banner(&ips, 8080, "/");
        assert!(b.contains("http://192.168.1.20:8080/") && b.contains("http://10.0.0.5:8080/"), "{b}");
        assert!(b.contains('▀') || b.contains('▄') || b.contains('█'), "a QR code is drawn");
        let v6 = banner(&["fd00::1".parse().unwrap()], 9000, "/sub/");
        assert!(v6.contains("http://[fd00::1]:9000/sub/"), "{v6}");
        assert!(banner(&[], 8080, "/").contains("no network address besides loopback"));
    }
}
