//! `print_case INPUT OUT_DIR`: writes the case file a `case_fields` input stands for as
//! OUT_DIR/<input name>.toml, so that it can join the plain TOML corpus the normal test run
//! replays (which has no `arbitrary`).

#[path = "../harness/generate.rs"]
mod generate;

use arbitrary::{Arbitrary, Unstructured};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, out_dir] = args.as_slice() else {
        return Err("usage: print_case INPUT OUT_DIR".into());
    };
    let bytes = std::fs::read(input)?;
    let case = generate::CaseText::arbitrary_take_rest(Unstructured::new(&bytes))?;
    let name = std::path::Path::new(input).file_name().ok_or("no file name")?.to_string_lossy();
    std::fs::write(std::path::Path::new(out_dir).join(format!("{name}.toml")), case.0)?;
    Ok(())
}
