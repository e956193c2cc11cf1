from kfactcheck.cli import main

main()
