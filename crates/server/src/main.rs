//! `playground-server`: serve the built site (see the crate docs and the README's "This
//! server, factor by factor"). Only wiring here: read the config, bind, serve, stop well.

use std::net::SocketAddr;
use tfp_server::{app, embedded, log_request, room, Config};
use tokio::net::TcpListener;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match Config::read(|k| std::env::var(k).ok(), &args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    // A binary with the site inside serves it, unless a folder is named.
    let unpacked = if !config.dir_given && embedded::present() {
        match embedded::Unpacked::new() {
            Ok(u) => Some(u),
            Err(e) => {
                eprintln!("playground-server: cannot unpack the site it carries: {e}");
                std::process::exit(1);
            }
        }
    } else {
        None
    };
    let mut config = config;
    if let Some(u) = &unpacked {
        config.dir = u.path().to_path_buf();
    }
    if !config.dir.join("index.html").is_file() {
        eprintln!("playground-server: there is no built site at {}/ (no index.html): build it first with `bash scripts/build.sh`", config.dir.display());
        std::process::exit(1);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap_or_else(|e| {
        eprintln!("playground-server: cannot start: {e}");
        std::process::exit(1)
    });
    let result = runtime.block_on(run(config));
    drop(unpacked); // the unpacked copy goes with the server
    if let Err(e) = result {
        eprintln!("playground-server: {e}");
        std::process::exit(1);
    }
}

async fn run(config: Config) -> Result<(), String> {
    let listener = TcpListener::bind(SocketAddr::new(config.host, config.port)).await.map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => format!("port {} is already in use: stop the other server or set PORT", config.port),
        _ => format!("cannot listen on {}:{}: {e}", config.host, config.port),
    })?;
    let bound = listener.local_addr().map_err(|e| e.to_string())?;
    let shown = if config.room() { SocketAddr::new([127, 0, 0, 1].into(), bound.port()) } else { bound };
    // The one line a script waits for, then the human banner (on stderr, so stdout stays logs).
    let site = if config.dir_given || !embedded::present() { config.dir.display().to_string() } else { "the site inside this binary".into() };
    println!(
        r#"{{"event":"listening","url":{},"site":{},"room":{}}}"#,
        tfp_server::json(&room::url(shown.ip(), shown.port(), &config.base)),
        tfp_server::json(&site),
        config.room()
    );
    if config.room() {
        eprint!("{}", room::banner(&room::lan_addresses(), bound.port(), &config.base));
    } else {
        eprintln!(
            "Serving {} at {} (this machine only; HOST=0.0.0.0 opens it to the room). Ctrl-C stops.",
            config.dir.display(),
            room::url(shown.ip(), shown.port(), &config.base)
        );
    }
    let app = app(&config).layer(axum::middleware::from_fn(log_request));
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stop_rx.await;
            })
            .await
    });
    shutdown_signal().await;
    println!(r#"{{"event":"stopping","grace_s":{}}}"#, config.grace.as_secs());
    let _ = stop_tx.send(());
    // New connections are refused now; requests in flight have the grace period to finish.
    match tokio::time::timeout(config.grace, server).await {
        Ok(_) => println!(r#"{{"event":"stopped"}}"#),
        Err(_) => println!(r#"{{"event":"stopped","cut_short":true}}"#),
    }
    Ok(())
}

/// SIGTERM (a process manager, `docker stop`) or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
