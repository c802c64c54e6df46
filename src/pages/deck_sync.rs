//! Presenter mode and the speaker view kept in step across two windows of one browser, over
//! a `BroadcastChannel`: the projected window says which screen it shows, and the speaker
//! view asks it to go to another. Messages are short text (`at config 3`, `go config 4`,
//! `hello`), so presenter mode carries no serializer.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The channel's name: one per site origin, shared by every presenter and speaker window.
const CHANNEL: &str = "twelve-factor-playground.present";

/// A message between the windows. Slugs are checked by the receiver against its lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg<'a> {
    /// The projected window shows this lesson's screen (0-based).
    At(&'a str, usize),
    /// Please show this lesson's screen.
    Go(&'a str, usize),
    /// A window has opened: the projected one should say where it is.
    Hello,
}

impl<'a> Msg<'a> {
    /// The text form.
    pub fn encode(self) -> String {
        match self {
            Msg::At(slug, i) => format!("at {slug} {i}"),
            Msg::Go(slug, i) => format!("go {slug} {i}"),
            Msg::Hello => "hello".into(),
        }
    }

    /// Read the text form; anything else (another version, another page) is `None`.
    pub fn decode(text: &'a str) -> Option<Msg<'a>> {
        let mut parts = text.split(' ');
        let msg = match (parts.next()?, parts.next(), parts.next().map(str::parse::<usize>)) {
            ("hello", None, None) => Msg::Hello,
            ("at", Some(slug), Some(Ok(i))) if !slug.is_empty() => Msg::At(slug, i),
            ("go", Some(slug), Some(Ok(i))) if !slug.is_empty() => Msg::Go(slug, i),
            _ => return None,
        };
        parts.next().is_none().then_some(msg)
    }
}

/// This window's end of the channel (nothing, where the browser has no `BroadcastChannel`).
#[derive(Clone)]
pub struct Channel(Option<send_wrapper::SendWrapper<web_sys::BroadcastChannel>>);

impl Channel {
    /// Join the channel; `on` hears every message other windows send, for the page's life.
    pub fn open(on: impl Fn(Msg) + 'static) -> Channel {
        let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else { return Channel(None) };
        let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(msg) = ev.data().as_string().as_deref().and_then(Msg::decode) {
                on(msg);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        listener.forget(); // as long as the page
        Channel(Some(send_wrapper::SendWrapper::new(channel)))
    }

    /// Tell the other windows.
    pub fn send(&self, msg: Msg) {
        if let Some(c) = &self.0 {
            let _ = c.post_message(&JsValue::from_str(&msg.encode()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_and_strangers_are_ignored() {
        for m in [Msg::At("config", 3), Msg::Go("logs", 0), Msg::Hello] {
            assert_eq!(Msg::decode(&m.encode()), Some(m));
        }
        for bad in ["", "at", "at config", "at config x", "go config -1", "at config 3 4", "hello there", "AT config 1", "go  1"] {
            assert_eq!(Msg::decode(bad), None, "{bad:?}");
        }
    }
}
