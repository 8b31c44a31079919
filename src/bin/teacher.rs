//! The teacher's bundle (`teacher.html`): the whole app, with the builder,
//! class results, answer key and projector that the student's bundle leaves out.

fn main() {
    #[cfg(target_arch = "wasm32")]
    zhiyuan::ui::mount();
}
