from tei.cli import main

main()
