//! The student's bundle (`index.html`): every page but the teacher's tools,
//! which open `teacher.html`. Everything else is in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    zhiyuan::ui::mount_student();
}
